package dev.loginkit.samples.soap;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.Soap;
import dev.loginkit.annotations.SoapStyle;

/**
 * {@code urn:myapi}'s {@code api_login} as a JAX-WS service publishes it: rpc/literal, so the parts
 * carry no {@code xsi:type}. Declared in the test sources so that the processor generates its
 * client as it would in a user's build.
 */
@LoginApi(baseUrl = "https://soap.example.test")
public interface MyApiLogin {

  /** The session id of the JAX-WS service. */
  record Session(@Field("return") String sessionId) {}

  /** Logs in; a fault whose string starts with "Invalid login" is a wrong user or password. */
  @Post(value = "/myapi", body = BodyEncoding.SOAP)
  @Soap(namespace = "urn:myapi", style = SoapStyle.RPC, encoded = false)
  @OnMessage(matches = "Invalid login for .*", reason = FailureReason.INVALID_CREDENTIALS)
  LoginResult<Session> api_login(
      @Param("username") String username, @Param("password") @Secret String password);
}
