package dev.loginkit.samples.sendloop;

import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.Example;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.SessionExpiry;
import dev.loginkit.annotations.SuccessWhen;

/**
 * Seed 001: Sendloop API v2 {@code Command=User.Login}. The response format is chosen per call by
 * the {@code ResponseFormat} parameter; the same declaration reads the XML (CDATA values, {@code
 * <ErrorCode><subnode_0>…}) and the JSON spelling. The API takes its credentials in the query
 * string, hence {@code secretsInQuery}. Later calls carry {@code SessionID}; error code 9998 on any
 * of them means the session is gone ({@code @SessionExpiry}).
 */
@LoginApi(baseUrl = "https://acme.sendloop.com", secretsInQuery = true)
@SessionExpiry(path = "ErrorCode", equals = "9998")
public interface SendloopLogin {

  /** Logs the user in; {@code format} {@code null} asks for the default, XML. */
  @Get(value = "/api/v2/", format = Format.XML)
  @Constant(name = "Command", value = "User.Login")
  @SuccessWhen(
      path = "Success",
      equals = {"1", "true"})
  @FailureDetails(code = "ErrorCode", message = "ErrorMessage")
  @OnCode(
      value = {"1", "2", "3"},
      reason = FailureReason.MISSING_CREDENTIALS)
  @OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
  @OnCode(value = "9998", reason = FailureReason.SESSION_EXPIRED)
  @OnCode(value = "9999", reason = FailureReason.INVALID_REQUEST)
  @Example(
      resource = "examples/sendloop/success.xml",
      session = {
        "sessionId=759ekrt4efgolvtnqifboi7b00",
        "user.subdomain=acme",
        "user.email=john@acme.com",
        "user.timeZone=America/New York",
        "user.apiKey=239ce66c239kdb7d52f1216fda4bf3a23id392"
      })
  @Example(
      resource = "examples/sendloop/error-1.xml",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.MISSING_CREDENTIALS,
      code = "1")
  @Example(
      resource = "examples/sendloop/error-2.xml",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.MISSING_CREDENTIALS,
      code = "2")
  @Example(
      resource = "examples/sendloop/error-3.xml",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.MISSING_CREDENTIALS,
      code = "3")
  @Example(
      resource = "examples/sendloop/error-4.xml",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.INVALID_CREDENTIALS,
      code = "4")
  @Example(
      resource = "examples/sendloop/error-9998.xml",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.SESSION_EXPIRED,
      code = "9998")
  @Example(
      resource = "examples/sendloop/error-9999.xml",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.INVALID_REQUEST,
      code = "9999")
  SendloopSession login(
      @Param("APIKey") @Secret String apiKey,
      @Param("Username") String username,
      @Param("Password") @Secret String password,
      @Param("ResponseFormat") @Default("XML") Format format);
}
