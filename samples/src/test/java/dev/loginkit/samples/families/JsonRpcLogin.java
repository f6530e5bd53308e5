package dev.loginkit.samples.families;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.ChallengeWhen;
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

/**
 * A JSON-RPC 2.0 {@code login} call: {@code
 * {"jsonrpc":"2.0","method":"login","params":{…},"id":n}}, answered by {@code {"result":{…}}} or
 * {@code {"error":{"code","message","data"}}}.
 */
@LoginApi(baseUrl = "https://rpc.example.test")
public interface JsonRpcLogin {

  /** The {@code params} object. */
  record Credentials(
      @Param("username") String username, @Param("password") @Secret String password) {}

  /** The {@code result} object. */
  record Session(
      @Field("result/sessionId") String sessionId,
      @Field(value = "result/expiresIn", optional = true) Integer expiresIn,
      @Field("id") long requestId) {}

  /** Calls {@code login}; JSON-RPC error codes are classified by the table below. */
  @Post(value = "/jsonrpc", body = BodyEncoding.JSON)
  @Constant(name = "jsonrpc", value = "2.0")
  @Constant(name = "method", value = "login")
  @SuccessWhen(path = "result/sessionId")
  @ChallengeWhen(path = "error/code", equals = "-32010")
  @FailureDetails(code = "error/code", message = "error/message", field = "error/data/field")
  @OnCode(value = "-32001", reason = FailureReason.INVALID_CREDENTIALS)
  @OnCode(value = "-32002", reason = FailureReason.ACCOUNT_LOCKED)
  @OnCode(value = "-32003", reason = FailureReason.RATE_LIMITED)
  @OnCode(
      value = {"-32600", "-32601", "-32602", "-32700"},
      reason = FailureReason.INVALID_REQUEST)
  @OnCode(value = "-32603", reason = FailureReason.SERVICE_UNAVAILABLE)
  LoginResult<Session> login(@Param("params") Credentials params, @Param("id") long id);
}
