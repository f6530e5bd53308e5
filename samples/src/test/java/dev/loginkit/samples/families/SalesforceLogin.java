package dev.loginkit.samples.families;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Composed;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Input;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.Soap;

/**
 * Salesforce's SOAP partner API {@code login()}: document/literal in {@code
 * urn:partner.soap.sforce.com}, the password field being the password followed by the user's
 * security token (what its documentation asks of a login from an untrusted address). A wrong
 * password is an {@code INVALID_LOGIN} fault with HTTP 500.
 */
@LoginApi(baseUrl = "https://login.salesforce.com")
public interface SalesforceLogin {
  record Session(
      @Field("result/sessionId") dev.loginkit.SecretValue sessionId,
      @Field("result/serverUrl") String serverUrl,
      @Field("result/passwordExpired") boolean passwordExpired) {}

  @Post(value = "/services/Soap/u/59.0", body = BodyEncoding.SOAP)
  @Soap(namespace = "urn:partner.soap.sforce.com", operation = "login")
  @Composed(name = "password", template = "{password}{securityToken}")
  @OnMessage(matches = "INVALID_LOGIN: .*", reason = FailureReason.INVALID_CREDENTIALS)
  LoginResult<Session> login(
      @Param("username") String username,
      @Input @Secret String password,
      @Input @Secret String securityToken);
}
