package dev.loginkit.samples.families;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

/**
 * A login that needs request headers: a constant on every call of the API, a Referer, and an API
 * key bound to a secret parameter.
 */
@LoginApi(baseUrl = "https://portal.example.test")
@Constant(name = "X-Requested-With", value = "XMLHttpRequest", in = In.HEADER)
public interface HeadersLogin {

  /** The session. */
  record Session(@Field("sessionId") String sessionId) {}

  /** Posts JSON with the headers. */
  @Post(value = "/api/login", body = BodyEncoding.JSON)
  @Constant(name = "Referer", value = "https://portal.example.test/login", in = In.HEADER)
  @FailureDetails(message = "message")
  Session login(
      @Param(value = "X-Api-Key", in = In.HEADER) @Secret String apiKey,
      @Param("user") String user,
      @Param("password") @Secret String password);
}
