package test;

import dev.loginkit.annotations.Attach;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface AttachPlace {
  record Session(@Field("sid") @Attach(value = "sid", in = In.SOAP_HEADER) String sid) {}

  @Post("/login")
  Session login(@Param("uid") String uid);
}
