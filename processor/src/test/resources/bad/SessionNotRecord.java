package test;

import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface SessionNotRecord {
  final class Session {}

  @Post("/login")
  Session login(@Param("user") String user);
}
