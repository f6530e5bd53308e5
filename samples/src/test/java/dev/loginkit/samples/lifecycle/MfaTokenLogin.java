package dev.loginkit.samples.lifecycle;

import dev.loginkit.LoginResult;
import dev.loginkit.SecretValue;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.ChallengeWhen;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/**
 * A login-token round trip: the first answer hands back a token that the second step, at another
 * endpoint, must echo together with the one-time code.
 */
@LoginApi(baseUrl = "https://auth.example.com")
public interface MfaTokenLogin {
  @Post(value = "/login", body = BodyEncoding.JSON)
  @ChallengeWhen(
      status = 401,
      path = "mfa_required",
      equals = "true",
      answer = "otp",
      echo = "login_token=token",
      continueAt = "/login/mfa")
  @FailureDetails(message = "error")
  LoginResult<MfaSession> login(
      @Param("username") String username,
      @Param("password") @dev.loginkit.annotations.Secret String password);

  /**
   * The session.
   *
   * @param accessToken the bearer token
   */
  record MfaSession(@Field("access_token") SecretValue accessToken) {}
}
