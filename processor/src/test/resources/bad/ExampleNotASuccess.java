package test;

import dev.loginkit.LoginResult;
import dev.loginkit.SecretValue;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.ChallengeWhen;
import dev.loginkit.annotations.Example;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.SuccessWhen;

/** Declared a success, but the documented answer is a refusal. */
@LoginApi(baseUrl = "https://api.example.com")
public interface ExampleNotASuccess {
  record Session(@Field("sid") String sid) {}

  @Post(value = "/login", body = BodyEncoding.JSON)
  @SuccessWhen(path = "sid")
  @ChallengeWhen(status = 402, path = "field", equals = "2fa")
  @FailureDetails(code = "error/code", message = "error/message")
  @OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
  @Example(body = "{\"error\": {\"code\": \"4\", \"message\": \"Invalid user\"}}", session = "sid=abc123")
  LoginResult<Session> login(@Param("user") String user);
}
