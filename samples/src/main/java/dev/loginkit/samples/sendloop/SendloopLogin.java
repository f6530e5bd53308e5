package dev.loginkit.samples.sendloop;

import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.SuccessWhen;

/**
 * Seed 001: Sendloop API v2 {@code Command=User.Login}. The response format is chosen per call by
 * the {@code ResponseFormat} parameter; the same declaration reads the XML (CDATA values,
 * {@code <ErrorCode><subnode_0>…}) and the JSON spelling. The API takes its credentials in the
 * query string, hence {@code secretsInQuery}.
 */
@LoginApi(baseUrl = "https://acme.sendloop.com", secretsInQuery = true)
public interface SendloopLogin {

  /** Logs the user in; {@code format} {@code null} asks for the default, XML. */
  @Get(value = "/api/v2/", format = Format.XML)
  @Constant(name = "Command", value = "User.Login")
  @SuccessWhen(path = "Success", equals = {"1", "true"})
  @FailureDetails(code = "ErrorCode", message = "ErrorMessage")
  @OnCode(value = {"1", "2", "3"}, reason = FailureReason.MISSING_CREDENTIALS)
  @OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
  @OnCode(value = "9998", reason = FailureReason.SESSION_EXPIRED)
  @OnCode(value = "9999", reason = FailureReason.INVALID_REQUEST)
  SendloopSession login(
      @Param("APIKey") @Secret String apiKey,
      @Param("Username") String username,
      @Param("Password") @Secret String password,
      @Param("ResponseFormat") @Default("XML") Format format);
}
