package dev.loginkit.samples.interserver;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.ChallengeWhen;
import dev.loginkit.annotations.Example;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnStatus;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import java.util.concurrent.CompletableFuture;

/**
 * Seed 002: InterServer API v2, {@code POST /apiv2/login}, as JSON or as multipart form data.
 *
 * <p>200 answers {@code {sessionId, account_id, account_lid, ima, gravatar}}; 402 answers {@code
 * {message, field}}, where {@code field: "2fa"} asks for a two-factor code (a challenge) and any
 * other 402 is a refused login.
 */
@LoginApi(baseUrl = "https://my.interserver.net")
@ChallengeWhen(status = 402, path = "field", equals = "2fa", answer = "tfa")
@FailureDetails(message = "message", field = "field")
@OnStatus(value = 402, reason = FailureReason.INVALID_CREDENTIALS)
public interface InterServerRestLogin {

  /** Logs in with a JSON body; a two-factor challenge is continued with the code as {@code tfa}. */
  @Post(value = "/apiv2/login", body = BodyEncoding.JSON)
  @Example(
      resource = "examples/interserver-rest/success.json",
      session = {
        "sessionId=zzzzzzzzzzzzzz",
        "accountId=123",
        "accountLid=my@user.com",
        "ima=client"
      })
  @Example(
      resource = "examples/interserver-rest/two-factor.json",
      status = 402,
      outcome = Example.Outcome.CHALLENGE,
      reason = FailureReason.TWO_FACTOR_REQUIRED)
  LoginResult<InterServerSession> login(
      @Param("login") String login,
      @Param("passwd") @Secret String password,
      @Param(value = "remember", required = false) String remember,
      @Param(value = "g-recaptcha-response", required = false) Recaptcha recaptcha,
      @Param(value = "tfa", required = false) @Secret String twoFactorCode);

  /** The JSON login without blocking; cancelling the future cancels the HTTP call. */
  @Post(value = "/apiv2/login", body = BodyEncoding.JSON)
  CompletableFuture<LoginResult<InterServerSession>> loginAsync(
      @Param("login") String login,
      @Param("passwd") @Secret String password,
      @Param(value = "remember", required = false) String remember,
      @Param(value = "g-recaptcha-response", required = false) Recaptcha recaptcha,
      @Param(value = "tfa", required = false) @Secret String twoFactorCode);

  /**
   * The same login as {@code multipart/form-data}; the recaptcha object travels as one JSON part.
   */
  @Post(value = "/apiv2/login", body = BodyEncoding.MULTIPART)
  InterServerSession loginMultipart(
      @Param("login") String login,
      @Param("passwd") @Secret String password,
      @Param(value = "remember", required = false) String remember,
      @Param(value = "g-recaptcha-response", required = false) Recaptcha recaptcha,
      @Param(value = "tfa", required = false) @Secret String twoFactorCode);
}
