package dev.loginkit;

import dev.loginkit.annotations.FailureReason;
import java.time.Duration;

/**
 * One step of a login, as a {@link LoginListener} sees it. Never holds a secret.
 *
 * <p>A login without a declared retry gives one {@link Kind#ATTEMPT} and then one {@link
 * Kind#LOGIN}; with a {@code @RetryOnce} that applies, {@code ATTEMPT}, {@link Kind#RETRY}, {@code
 * ATTEMPT} (number 2), {@code LOGIN}. A challenge is a {@code LOGIN} whose outcome is {@link
 * Outcome#CHALLENGE}; answering it ({@code continueWith}) is a new login whose trigger is {@link
 * Trigger#CHALLENGE_ANSWER}. A login a {@link SessionInterceptor} makes because a later response
 * said the session expired has the trigger {@link Trigger#RELOGIN}.
 *
 * @param kind what happened
 * @param api the login interface's simple name (e.g. {@code TenTenLogin}), or the declared base
 *     URL's host when the runtime was not created by a generated client
 * @param operation the interface method's name
 * @param trigger why the login was sent
 * @param attempt the attempt's number: 1, or 2 for the declared retry (for {@code RETRY}, the
 *     attempt about to be sent; for {@code LOGIN}, the number of attempts made)
 * @param outcome the attempt's or login's outcome; for {@code RETRY}, the failure that triggers it
 * @param reason the failure or challenge reason, or {@code null} for a success
 * @param code the provider's code, masked, or {@code null} when it stated none
 * @param httpStatus the answer's HTTP status, or 0 when there was none (a transport failure) or it
 *     is not known (a success)
 * @param duration for {@code ATTEMPT}, that attempt, from its start to its outcome; for {@code
 *     LOGIN} and {@code RETRY}, the time since the login method was called
 */
public record LoginEvent(
    Kind kind,
    String api,
    String operation,
    Trigger trigger,
    int attempt,
    Outcome outcome,
    FailureReason reason,
    String code,
    int httpStatus,
    Duration duration) {

  /** What an event reports. */
  public enum Kind {
    /** One HTTP exchange ended (answered, failed or timed out). */
    ATTEMPT,
    /** A declared {@code @RetryOnce} is about to be sent after a failed attempt. */
    RETRY,
    /** A login ended: its one outcome, as the login method returns it. */
    LOGIN
  }

  /** Why a login was sent. */
  public enum Trigger {
    /** The caller called the login method. */
    CALL,
    /** The caller answered a challenge ({@code LoginResult.Challenge.continueWith}). */
    CHALLENGE_ANSWER,
    /** A {@link SessionInterceptor} logged in again because the session expired. */
    RELOGIN
  }

  /** The three outcomes of {@link LoginResult}. */
  public enum Outcome {
    /** A session. */
    SUCCESS,
    /** The server asks for more (two-factor, say). */
    CHALLENGE,
    /** A classified failure. */
    FAILURE
  }
}
