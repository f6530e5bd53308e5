package test;

import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
@Constant(name = "api", value = "login")
public interface DuplicateConstant {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @Constant(name = "api", value = "login2")
  Session login(@Param("user") String user);
}
