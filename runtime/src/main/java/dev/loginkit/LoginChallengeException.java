package dev.loginkit;

/**
 * The server wants more before opening a session, e.g. a two-factor code ({@link #reason()} is
 * {@code TWO_FACTOR_REQUIRED}). Declare the method as returning {@link LoginResult} to receive the
 * challenge as a value instead.
 *
 * <pre>{@code
 * catch (LoginChallengeException e) {
 *   String code = askUserFor(e.failure().message());
 * }
 * }</pre>
 */
public final class LoginChallengeException extends LoginException {
  private static final long serialVersionUID = 1L;

  /** For the runtime; carries what the server said. */
  public LoginChallengeException(LoginFailure details) {
    super(details, null);
  }
}
