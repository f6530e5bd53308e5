package test;

import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface UnknownPlaceholder {
  record Session(@Field("token") String token) {}

  @Post("/login")
  @Constant(name = "Referer", value = "{host}/", in = In.HEADER)
  Session login(@Param("user") String user);
}
