package dev.loginkit.samples.families;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.SuccessWhen;
import dev.loginkit.annotations.WireType;

/**
 * OpenWrt's ubus over HTTP ({@code POST /ubus}, JSON-RPC 2.0): {@code session login} is a {@code
 * call} whose positional {@code params} are the null session id, the object, the method and an
 * object of credentials. It answers {@code result: [0, {ubus_rpc_session, timeout, …}]}, or {@code
 * result: [6]} (permission denied) for a wrong password.
 */
@LoginApi(baseUrl = "https://openwrt.example.test")
public interface UbusLogin {
  record Credentials(
      @Param("username") String username, @Param("password") @Secret String password) {}

  record Session(
      @Field("result/ubus_rpc_session") String session, @Field("result/timeout") int timeout) {}

  @Post(value = "/ubus", body = BodyEncoding.JSON)
  @Constant(name = "jsonrpc", value = "2.0")
  @Constant(name = "id", value = "1", type = WireType.NUMBER)
  @Constant(name = "method", value = "call")
  @Constant(name = "params[0]", value = "00000000000000000000000000000000")
  @Constant(name = "params[1]", value = "session")
  @Constant(name = "params[2]", value = "login")
  @SuccessWhen(path = "result/ubus_rpc_session")
  @FailureDetails(code = "result")
  @OnCode(value = "6", reason = FailureReason.INVALID_CREDENTIALS)
  @OnCode(
      value = {"2", "4", "5"},
      reason = FailureReason.INVALID_REQUEST)
  LoginResult<Session> login(@Param("params[3]") Credentials credentials);
}
