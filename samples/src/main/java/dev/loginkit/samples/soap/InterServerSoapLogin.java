package dev.loginkit.samples.soap;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Example;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.Soap;
import dev.loginkit.annotations.SoapStyle;

/**
 * Seed 000: InterServer's MyAdmin SOAP API, {@code api_login(username, password)} in namespace
 * {@code urn:myapi}. The service is PHP's SoapServer: SOAP 1.1, rpc/encoded, so every part carries
 * {@code xsi:type} — which JAX-WS and CXF refuse to speak, and LoginKit writes like PHP's
 * SoapClient does. A failed login is a SOAP fault.
 */
@LoginApi(baseUrl = "https://my.interserver.net")
@Soap(namespace = "urn:myapi", style = SoapStyle.RPC, encoded = true)
public interface InterServerSoapLogin {

  /** Creates a session; the answer's {@code return} is the session id. */
  @Post(value = "/api.php", body = BodyEncoding.SOAP)
  @Example(
      resource = "examples/interserver-soap/success.xml",
      session = "sessionId=434ee20ee37a5ce6a2ec4b1e6953b86f")
  @Example(
      resource = "examples/interserver-soap/fault.xml",
      status = 500,
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.INVALID_CREDENTIALS,
      code = "Server")
  @OnMessage(
      matches = "(?i).*\\b(invalid|incorrect|wrong|failed)\\b.*",
      reason = FailureReason.INVALID_CREDENTIALS)
  SoapSession api_login(
      @Param("username") String username, @Param("password") @Secret String password);
}
