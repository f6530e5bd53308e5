package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

@LoginApi(
    baseUrl = "http://api.example.com")
public interface SecretOverHttp {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user, @Param("pswd") @Secret String password);
}
