package dev.loginkit.samples.families;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.SuccessWhen;
import dev.loginkit.annotations.WireType;

/**
 * The Deluge torrent daemon's web JSON-RPC ({@code POST /json}): {@code auth.login} takes the
 * password as its only positional argument and answers {@code {"result": true, "error": null, "id":
 * 1}} with a {@code _session_id} cookie, or {@code "result": false} for a wrong password.
 */
@LoginApi(baseUrl = "https://deluge.example.test")
public interface DelugeLogin {
  record Session(
      @Field(value = "_session_id", from = From.COOKIE) dev.loginkit.SecretValue sessionId) {}

  @Post(value = "/json", body = BodyEncoding.JSON)
  @Constant(name = "method", value = "auth.login")
  @Constant(name = "id", value = "1", type = WireType.NUMBER)
  @SuccessWhen(path = "result", equals = "true")
  @FailureDetails(code = "result", message = "error/message")
  @OnCode(value = "false", reason = FailureReason.INVALID_CREDENTIALS)
  LoginResult<Session> login(@Param("params[0]") @Secret String password);
}
