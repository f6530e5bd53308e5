package dev.loginkit.samples.tenten;

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
import dev.loginkit.annotations.RetryOnce;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.SuccessWhen;
import java.util.concurrent.CompletableFuture;

/**
 * Seed 004: 1010data QuickQuery {@code gw.k?api=login&apiversion=3&uid=…&pswd=…[&kill=…]}.
 *
 * <p>The API demands the password in the query string, hence {@code secretsInQuery}. It answers
 * {@code <out><rc/><sid/><pswd/><msg/><version/></out>}; {@code rc} 0 is success. The code table is
 * 1010data's published list of return codes. The outcome rules are declared once, on the interface,
 * for both methods.
 */
@LoginApi(baseUrl = "https://www2.1010data.com", secretsInQuery = true)
@Constant(name = "api", value = "login")
@Constant(name = "apiversion", value = "3")
@SuccessWhen(path = "rc", equals = "0")
@FailureDetails(code = "rc", message = "msg")
@OnCode(value = "3", reason = FailureReason.MISSING_CREDENTIALS)
@OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
@OnCode(value = "5", reason = FailureReason.SESSION_CONFLICT)
@OnCode(value = "35", reason = FailureReason.SESSION_EXPIRED)
@OnCode(value = "39", reason = FailureReason.ACCESS_DENIED)
@OnCode(
    value = {"38", "41"},
    reason = FailureReason.SERVICE_UNAVAILABLE)
@OnCode(
    value = {"2", "6", "7", "8", "9", "10", "11", "12", "13"},
    reason = FailureReason.INVALID_REQUEST)
@RetryOnce(when = FailureReason.SESSION_CONFLICT, param = "kill", value = "possess")
public interface TenTenLogin {

  /**
   * Starts a session. {@code kill} defaults to {@link Kill#NO} (the API's own default is {@code
   * yes}, which ends every other session of the user): an active session is then a conflict, and
   * the declared {@code @RetryOnce} takes it over with {@code kill=possess}. A {@code kill} the
   * caller passes is sent as it is and never replaced by the retry.
   */
  @Get(value = "/gw.k", format = Format.XML)
  @Example(
      resource = "examples/1010data/success.xml",
      session = {
        "sid=[SESSION_ID]",
        "encryptedPassword=[ENCRYPTED_PSWD]",
        "version=[1010data_VERSION]"
      })
  @Example(
      resource = "examples/1010data/invalid-user.xml",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.INVALID_CREDENTIALS,
      code = "4")
  @Example(
      resource = "examples/1010data/already-logged-in.xml",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.SESSION_CONFLICT,
      code = "5")
  TenTenSession login(
      @Param("uid") String uid,
      @Param("pswd") @Secret String password,
      @Param("kill") @Default("no") Kill kill);

  /** {@link #login} without blocking: the session, or the {@code LoginException}. */
  @Get(value = "/gw.k", format = Format.XML)
  CompletableFuture<TenTenSession> loginAsync(
      @Param("uid") String uid,
      @Param("pswd") @Secret String password,
      @Param("kill") @Default("no") Kill kill);
}
