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

/**
 * Documented answers that the build checks: a success with a string, a secret, an int and a nested
 * value; a challenge; a failure with reason and code. They leave no trace in the client.
 */
@LoginApi(baseUrl = "https://api.example.com")
public interface ExamplesLogin {
  record User(@Field("email") String email) {}

  record Session(
      @Field("sid") String sid,
      @Field("token") SecretValue token,
      @Field("expiresIn") int expiresIn,
      @Field("user") User user) {}

  @Post(value = "/login", body = BodyEncoding.JSON)
  @SuccessWhen(path = "sid")
  @ChallengeWhen(status = 402, path = "field", equals = "2fa")
  @FailureDetails(code = "error/code", message = "error/message")
  @OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
  @Example(
      body = "{\"sid\": \"abc123\", \"token\": \"t0k3n\", \"expiresIn\": 3600, \"user\": {\"email\": \"john@acme.com\"}}",
      session = {"sid=abc123", "token=t0k3n", "expiresIn=3600", "user.email=john@acme.com"})
  @Example(
      body = "{\"field\": \"2fa\", \"message\": \"missing 2fa\"}",
      status = 402,
      outcome = Example.Outcome.CHALLENGE,
      reason = FailureReason.TWO_FACTOR_REQUIRED)
  @Example(
      body = "{\"error\": {\"code\": \"4\", \"message\": \"Invalid user\"}}",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.INVALID_CREDENTIALS,
      code = "4")
  LoginResult<Session> login(@Param("user") String user);
}
