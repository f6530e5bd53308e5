package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface InvalidPath {
  record Session(@Field("sid") String sid) {}

  @Post(
      value = "/login?step=1")
  Session login(@Param("user") String user);
}
