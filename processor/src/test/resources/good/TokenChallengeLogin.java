package test;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.ChallengeWhen;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

/** A challenge whose continuation echoes a server token and goes to another endpoint. */
@LoginApi(baseUrl = "https://auth.example.com")
public interface TokenChallengeLogin {
  @Post(value = "/login", body = BodyEncoding.JSON)
  @ChallengeWhen(status = 401, path = "mfa_required", equals = "true", answer = "otp",
      echo = "login_token=token", continueAt = "/login/mfa")
  LoginResult<Session> login(@Param("username") String username, @Param("password") @Secret String password);

  record Session(@Field("access_token") dev.loginkit.SecretValue accessToken) {}
}
