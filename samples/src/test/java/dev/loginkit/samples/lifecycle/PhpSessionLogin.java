package dev.loginkit.samples.lifecycle;

import dev.loginkit.SecretValue;
import dev.loginkit.annotations.Attach;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A PHP form login whose session cookie travels back on later requests as a cookie. */
@LoginApi(baseUrl = "https://php.example.test")
public interface PhpSessionLogin {

  /** The {@code PHPSESSID} cookie the login sets, sent back as a cookie. */
  record Session(
      @Field(value = "PHPSESSID", from = From.COOKIE) @Attach(value = "PHPSESSID", in = In.COOKIE)
          SecretValue id) {}

  /** Posts the form. */
  @Post("/login.php")
  Session login(
      @Param("username") String user,
      @Param("password") @dev.loginkit.annotations.Secret String password);
}
