package dev.loginkit.samples.families;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.SuccessWhen;
import dev.loginkit.annotations.WireType;

/**
 * Zabbix API {@code user.login} (JSON-RPC 2.0 at {@code /api_jsonrpc.php}, {@code Content-Type:
 * application/json-rpc} as its documentation sends it): a numeric {@code id} and an object of named
 * parameters; the token is the bare {@code result}; a wrong password is error {@code -32602} with
 * the reason in {@code data}.
 */
@LoginApi(baseUrl = "https://zabbix.example.test/zabbix")
public interface ZabbixLogin {
  record Credentials(
      @Param("username") String username, @Param("password") @Secret String password) {}

  record Session(@Field("result") dev.loginkit.SecretValue token) {}

  @Post(value = "/api_jsonrpc.php", body = BodyEncoding.JSON, contentType = "application/json-rpc")
  @Constant(name = "jsonrpc", value = "2.0")
  @Constant(name = "method", value = "user.login")
  @Constant(name = "id", value = "1", type = WireType.NUMBER)
  @SuccessWhen(path = "result")
  @FailureDetails(code = "error/code", message = "error/data")
  @OnMessage(
      matches = "Incorrect user name or password.*",
      reason = FailureReason.INVALID_CREDENTIALS)
  LoginResult<Session> login(@Param("params") Credentials credentials);
}
