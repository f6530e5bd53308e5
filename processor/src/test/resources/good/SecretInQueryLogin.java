package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Secret;

/** The API demands the password in the query string, and says so. */
@LoginApi(baseUrl = "https://api.example.com", secretsInQuery = true)
public interface SecretInQueryLogin {
  record Session(@Field("sid") String sid) {}

  @Get("/gw.k")
  Session login(@Param("uid") String user, @Param("pswd") @Secret String password);
}
