package test;

import dev.loginkit.annotations.Attach;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface AttachNotTopLevel {
  record User(@Field("token") @Attach("token") String token) {}

  record Session(@Field("sid") String sid, @Field("user") User user) {}

  @Post("/login")
  Session login(@Param("uid") String uid);
}
