package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** {@code @LoginApi} on an abstract class with an abstract login method. */
@LoginApi(baseUrl = "https://api.example.com")
public abstract class LoginApiOnClass {
  public record Session(@Field("sid") String sid) {}

  @Post("/login")
  public abstract Session login(@Param("user") String user);
}
