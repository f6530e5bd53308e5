package dev.loginkit.benchmarks.api;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.SuccessWhen;

/**
 * One JSON login in the four request encodings; every method reads the same answer ({@link
 * dev.loginkit.benchmarks.Payloads#JSON_FLAT} or {@link
 * dev.loginkit.benchmarks.Payloads#JSON_FAILURE}).
 */
@LoginApi(baseUrl = "https://api.example.com", secretsInQuery = true)
public interface JsonLogin {

  @Get("/login")
  @SuccessWhen(path = "status", equals = "ok")
  @FailureDetails(code = "error/code", message = "error/message", field = "error/field")
  @OnCode(value = "BAD_CREDENTIALS", reason = FailureReason.INVALID_CREDENTIALS)
  @OnCode(value = "LOCKED", reason = FailureReason.ACCOUNT_LOCKED)
  FlatSession loginQuery(
      @Param("login") String login,
      @Param("passwd") @Secret String password,
      @Param(value = "remember", required = false) String remember);

  @Post(value = "/login", body = BodyEncoding.FORM)
  @SuccessWhen(path = "status", equals = "ok")
  @FailureDetails(code = "error/code", message = "error/message", field = "error/field")
  @OnCode(value = "BAD_CREDENTIALS", reason = FailureReason.INVALID_CREDENTIALS)
  @OnCode(value = "LOCKED", reason = FailureReason.ACCOUNT_LOCKED)
  FlatSession loginForm(
      @Param("login") String login,
      @Param("passwd") @Secret String password,
      @Param(value = "remember", required = false) String remember);

  @Post(value = "/login", body = BodyEncoding.MULTIPART)
  @SuccessWhen(path = "status", equals = "ok")
  @FailureDetails(code = "error/code", message = "error/message", field = "error/field")
  @OnCode(value = "BAD_CREDENTIALS", reason = FailureReason.INVALID_CREDENTIALS)
  @OnCode(value = "LOCKED", reason = FailureReason.ACCOUNT_LOCKED)
  FlatSession loginMultipart(
      @Param("login") String login,
      @Param("passwd") @Secret String password,
      @Param(value = "remember", required = false) String remember);

  @Post(value = "/login", body = BodyEncoding.JSON)
  @SuccessWhen(path = "status", equals = "ok")
  @FailureDetails(code = "error/code", message = "error/message", field = "error/field")
  @OnCode(value = "BAD_CREDENTIALS", reason = FailureReason.INVALID_CREDENTIALS)
  @OnCode(value = "LOCKED", reason = FailureReason.ACCOUNT_LOCKED)
  FlatSession loginJson(
      @Param("login") String login,
      @Param("passwd") @Secret String password,
      @Param(value = "remember", required = false) String remember);
}
