package test;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** LoginResult with wildcard type arguments. */
@LoginApi(baseUrl = "https://api.example.com")
public interface WildcardResult {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  LoginResult<?> login(@Param("user") String user);

  @Post("/login2")
  LoginResult<? extends Session> login2(@Param("user") String user);
}
