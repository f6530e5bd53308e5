package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(
    baseUrl = "ftp://files.example.com")
public interface InvalidBaseUrl {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user);
}
