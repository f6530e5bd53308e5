package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** {@code @LoginApi} on a method, which its @Target forbids. */
public interface LoginApiOnMethod {
  record Session(@Field("sid") String sid) {}

  @LoginApi(baseUrl = "https://api.example.com")
  @Post("/login")
  Session login(@Param("user") String user);
}
