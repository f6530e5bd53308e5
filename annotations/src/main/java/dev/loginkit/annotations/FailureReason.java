package dev.loginkit.annotations;

/**
 * The one taxonomy of login failures (and challenges), shared by declarations, generated clients
 * and the runtime. Providers' own codes are mapped onto it with {@link OnCode} and {@link
 * OnStatus}.
 *
 * <pre>{@code
 * switch (failure.reason()) {
 *   case INVALID_CREDENTIALS -> askForPasswordAgain();
 *   case RATE_LIMITED, SERVICE_UNAVAILABLE -> retryLater();
 *   default -> report(failure);
 * }
 * }</pre>
 */
public enum FailureReason {
  /** The user name, password or key was wrong. */
  INVALID_CREDENTIALS,
  /** A credential was not sent or was empty. */
  MISSING_CREDENTIALS,
  /** The server wants a second factor before it opens a session. */
  TWO_FACTOR_REQUIRED,
  /** The credentials are fine but this client, address or account may not log in here. */
  ACCESS_DENIED,
  /** The account is locked or disabled. */
  ACCOUNT_LOCKED,
  /** The password must be changed first. */
  PASSWORD_EXPIRED,
  /** Another session is active and the request asked not to replace it. */
  SESSION_CONFLICT,
  /** The session is gone; log in again. */
  SESSION_EXPIRED,
  /** Too many attempts; try later. */
  RATE_LIMITED,
  /** The server refused the request's form (bad field, unknown command). */
  INVALID_REQUEST,
  /** The server is down or overloaded. */
  SERVICE_UNAVAILABLE,
  /** The response could not be understood: malformed, truncated, too large or of the wrong kind. */
  PROTOCOL_ERROR,
  /** No usable response arrived: refused, reset, timed out. */
  TRANSPORT_ERROR,
  /** The server said no in a way the declaration does not classify. */
  UNKNOWN
}
