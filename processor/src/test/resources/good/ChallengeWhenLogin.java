package test;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.ChallengeWhen;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** Responses that ask for more instead of refusing: by body value, or by status alone. */
@LoginApi(baseUrl = "https://api.example.com")
public interface ChallengeWhenLogin {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @ChallengeWhen(status = 402, path = "field", equals = "2fa")
  @ChallengeWhen(status = {428, 449}, reason = FailureReason.PASSWORD_EXPIRED)
  LoginResult<Session> login(@Param("user") String user);
}
