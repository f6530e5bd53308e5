package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A parameter named like the generated method's local variable. */
@LoginApi(baseUrl = "https://api.example.com")
public interface ParamsNamedLogin {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user, @Param("params") String params);
}
