package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.XmlRpc;

/**
 * XML-RPC with positional params: auth.login(user, password, ttl). The message rule needs no
 * message path: it matches the fault string.
 */
@LoginApi(baseUrl = "https://api.example.com")
public interface XmlRpcPositionalLogin {
  record Session(@Field("token") String token) {}

  @Post(value = "/xmlrpc", body = BodyEncoding.XML_RPC)
  @XmlRpc(value = "auth.login", struct = false)
  @OnMessage(equals = "Bad credentials", reason = FailureReason.INVALID_CREDENTIALS)
  Session login(
      @Param("user") String user,
      @Param("password") @Secret String password,
      @Param("ttl") int ttlSeconds);
}
