package dev.loginkit.samples.ithenticate;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Example;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.FieldErrors;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.SessionExpiry;
import dev.loginkit.annotations.SuccessWhen;
import dev.loginkit.annotations.XmlRpc;

/**
 * Seed 003: iThenticate's XML-RPC {@code login({username, password})}. A {@code sid} means success;
 * otherwise the failure hides in {@code messages} (a list of strings) or {@code errors} (field →
 * messages), and the body's {@code api_status} decides when nothing more specific matched. Later
 * calls carry {@code sid} as a member of their struct; {@code api_status} 401 means it expired.
 */
@LoginApi(baseUrl = "https://api.ithenticate.com")
@SessionExpiry(status = 401, path = "api_status", equals = "401")
public interface ThenticateLogin {

  /** Logs in; messages are matched as the English API writes them. */
  @Post(value = "/rpc", body = BodyEncoding.XML_RPC)
  @XmlRpc("login")
  @SuccessWhen(path = "sid")
  @FailureDetails(code = "api_status", message = "messages")
  @OnMessage(equals = "Sorry, failed to log in.", reason = FailureReason.INVALID_CREDENTIALS)
  @OnMessage(
      matches = "Access denied from (?<ip>[0-9A-Fa-f.:]+)\\W*",
      reason = FailureReason.ACCESS_DENIED)
  @FieldErrors("errors")
  @OnCode(value = "401", reason = FailureReason.INVALID_CREDENTIALS)
  @OnCode(value = "403", reason = FailureReason.ACCESS_DENIED)
  @OnCode(
      value = {"404", "500"},
      reason = FailureReason.INVALID_REQUEST)
  @Example(
      resource = "examples/ithenticate/success.xml",
      session = {"sid=d0a1e2f3b4c5", "apiStatus=200", "responseTimestamp=2026-11-22T06:43:40Z"})
  @Example(
      resource = "examples/ithenticate/failed-to-log-in.xml",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.INVALID_CREDENTIALS)
  @Example(
      resource = "examples/ithenticate/access-denied.xml",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.ACCESS_DENIED)
  @Example(
      resource = "examples/ithenticate/password-too-short.xml",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.INVALID_REQUEST,
      code = "500")
  ThenticateSession login(
      @Param("username") String username, @Param("password") @Secret String password);
}
