package test;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A raw LoginResult return type. */
@LoginApi(baseUrl = "https://api.example.com")
public interface RawResult {
  @SuppressWarnings("rawtypes")
  @Post("/login")
  LoginResult login(@Param("user") String user);
}
