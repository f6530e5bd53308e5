package test;

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
 * SOAP 1.1 rpc/encoded, declared once on the interface, as PHP's SoapServer speaks it. The message
 * rule needs no message path: it matches the fault string.
 */
@LoginApi(baseUrl = "https://api.example.com")
@Soap(namespace = "urn:myapi", style = SoapStyle.RPC, encoded = true)
public interface SoapRpcEncodedLogin {
  record Session(@Field("return") String sessionId) {}

  @Post(value = "/api.php", body = BodyEncoding.SOAP)
  @OnMessage(matches = "(?i).*\\b(invalid|wrong)\\b.*", reason = FailureReason.INVALID_CREDENTIALS)
  Session api_login(@Param("username") String username, @Param("password") @Secret String password);
}
