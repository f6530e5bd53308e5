package test;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.ChallengeWhen;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

/** A challenge answered by sending the login again with tfa, next to one that cannot be answered. */
@LoginApi(baseUrl = "https://api.example.com")
public interface ChallengeAnswerLogin {
  record Session(@Field("sessionId") String sessionId) {}

  @Post(value = "/apiv2/login", body = BodyEncoding.JSON)
  @ChallengeWhen(status = 402, path = "field", equals = "2fa", answer = "tfa")
  @ChallengeWhen(status = 428, reason = FailureReason.PASSWORD_EXPIRED)
  LoginResult<Session> login(@Param("login") String login, @Param("passwd") @Secret String password);
}
