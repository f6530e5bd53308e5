package dev.loginkit.samples.families;

import dev.loginkit.SecretValue;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A JSON login whose token comes back in a response header, next to body fields. */
@LoginApi(baseUrl = "https://tokens.example.test")
public interface HeaderSessionLogin {

  /**
   * The token from the {@code X-Auth-Token} header, its lifetime from another header, the user from
   * the body.
   */
  record Session(
      @Field(value = "X-Auth-Token", from = From.HEADER) SecretValue token,
      @Field(value = "X-Auth-Expires-In", from = From.HEADER, optional = true) Long expiresIn,
      @Field("user/id") long userId,
      @Field("user/email") String email) {}

  /** Posts JSON. */
  @Post(value = "/v1/auth", body = BodyEncoding.JSON)
  Session login(
      @Param("email") String email,
      @Param("password") @dev.loginkit.annotations.Secret String password);
}
