package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.SuccessWhen;

@LoginApi(baseUrl = "https://api.example.com")
public interface InvalidBodyPath {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @SuccessWhen(
      path = "result/",
      equals = "ok")
  Session login(@Param("user") String user);
}
