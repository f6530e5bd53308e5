package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.SuccessWhen;

/** Success is a 2xx whose body says so in one of several spellings. */
@LoginApi(baseUrl = "https://api.example.com")
public interface SuccessWhenLogin {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @SuccessWhen(path = "Success", equals = {"1", "true", "yes"})
  Session login(@Param("user") String user);
}
