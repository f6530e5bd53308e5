package dev.loginkit.samples.families;

import dev.loginkit.SecretValue;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A servlet-style login that answers 204 No Content and delivers the session only as a cookie. */
@LoginApi(baseUrl = "https://servlet.example.test")
public interface CookieLogin {

  /** The session cookie (a credential, so a {@link SecretValue}) and a CSRF token cookie. */
  record Session(
      @Field(value = "JSESSIONID", from = From.COOKIE) @dev.loginkit.annotations.Secret
          SecretValue sessionCookie,
      @Field(value = "XSRF-TOKEN", from = From.COOKIE, optional = true) String csrfToken) {}

  /** Posts the form. */
  @Post("/j_security_check")
  Session login(
      @Param("j_username") String user,
      @Param("j_password") @dev.loginkit.annotations.Secret String password);
}
