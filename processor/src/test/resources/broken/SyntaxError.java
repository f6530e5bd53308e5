package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** The file ends in the middle of a method declaration. */
@LoginApi(baseUrl = "https://api.example.com")
public interface SyntaxError {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user)
