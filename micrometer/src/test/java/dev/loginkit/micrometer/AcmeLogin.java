package dev.loginkit.micrometer;

import dev.loginkit.LoginResult;
import dev.loginkit.SecretValue;
import dev.loginkit.annotations.Attach;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.ChallengeWhen;
import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.RetryOnce;

/** A JSON login with a declared retry, a two-factor challenge and a bearer session. */
@LoginApi(baseUrl = "https://api.example.com")
public interface AcmeLogin {

  /** The access token, attached as a bearer header. */
  record Session(
      @Field("access_token") @Attach(value = "Authorization", in = In.HEADER, prefix = "Bearer ")
          SecretValue token) {}

  /** Posts JSON; an active session elsewhere is taken over once with {@code force=true}. */
  @Post(value = "/login", body = BodyEncoding.JSON)
  @FailureDetails(code = "error")
  @OnCode(value = "conflict", reason = FailureReason.SESSION_CONFLICT)
  @RetryOnce(when = FailureReason.SESSION_CONFLICT, param = "force", value = "true")
  @ChallengeWhen(
      path = "mfa",
      equals = "required",
      reason = FailureReason.TWO_FACTOR_REQUIRED,
      answer = "otp")
  LoginResult<Session> login(
      @Param("email") String email,
      @Param("password") @dev.loginkit.annotations.Secret String password,
      @Param(value = "force", required = false) @Default("false") String force);
}
