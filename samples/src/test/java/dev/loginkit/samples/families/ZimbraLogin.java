package dev.loginkit.samples.families;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.Soap;
import dev.loginkit.annotations.SoapVersion;

/**
 * Zimbra's SOAP {@code AuthRequest} (SOAP 1.2, {@code POST /service/soap}): an empty {@code
 * <context xmlns="urn:zimbra"/>} header entry, {@code <account
 * by="name">user@example.com</account>} (an attribute and text) and the password in {@code
 * urn:zimbraAccount}. The answer carries {@code authToken} and {@code lifetime} (milliseconds); a
 * wrong password is a fault "authentication failed".
 */
@LoginApi(baseUrl = "https://mail.example.test")
public interface ZimbraLogin {
  /** {@code <account by="name">user@example.com</account>}. */
  record Account(@Param("@by") String by, @Param(".") String name) {}

  record Session(
      @Field("authToken") dev.loginkit.SecretValue authToken,
      @Field("lifetime") long lifetimeMillis) {}

  @Post(value = "/service/soap", body = BodyEncoding.SOAP)
  @Soap(namespace = "urn:zimbraAccount", operation = "AuthRequest", version = SoapVersion.V1_2)
  @Constant(name = "context", value = "", in = In.SOAP_HEADER, namespace = "urn:zimbra")
  @OnMessage(matches = "authentication failed for .*", reason = FailureReason.INVALID_CREDENTIALS)
  LoginResult<Session> login(
      @Param("@persistAuthTokenCookie") String persist,
      @Param("account") Account account,
      @Param("password") @Secret String password);
}
