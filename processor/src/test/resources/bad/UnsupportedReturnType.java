package test;

import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface UnsupportedReturnType {
  @Post("/login")
  void login(@Param("user") String user);
}
