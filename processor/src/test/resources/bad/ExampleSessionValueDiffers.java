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

/** The second example's int differs from what the answer holds; the first one is right. */
@LoginApi(baseUrl = "https://api.example.com")
public interface ExampleSessionValueDiffers {
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
      body = "{\"error\": {\"code\": \"4\", \"message\": \"Invalid user\"}}",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.INVALID_CREDENTIALS,
      code = "4")
  @Example(
      body = "{\"sid\": \"abc123\", \"token\": \"s3cr3t-actual\", \"expiresIn\": 3600, \"user\": {\"email\": \"john@acme.com\"}}",
      session = {"sid=abc123", "expiresIn=60"})
  LoginResult<Session> login(@Param("user") String user);
}
