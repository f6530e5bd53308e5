package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Secret;

@LoginApi(baseUrl = "https://api.example.com")
public interface SecretInQuery {
  record Session(@Field("sid") String sid) {}

  @Get("/login")
  Session login(
      @Param("user") String user,
      @Param("pswd") @Secret String password);
}
