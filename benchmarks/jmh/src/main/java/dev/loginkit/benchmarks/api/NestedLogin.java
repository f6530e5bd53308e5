package dev.loginkit.benchmarks.api;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.SuccessWhen;

/** A JSON login whose answer nests the session three levels deep among fields nobody reads. */
@LoginApi(baseUrl = "https://api.example.com")
public interface NestedLogin {

  @Post(value = "/v2/sessions", body = BodyEncoding.JSON)
  @SuccessWhen(path = "result/session/id")
  @FailureDetails(code = "error/code", message = "error/message")
  @OnCode(value = "BAD_CREDENTIALS", reason = FailureReason.INVALID_CREDENTIALS)
  NestedSession login(@Param("login") String login, @Param("passwd") @Secret String password);
}
