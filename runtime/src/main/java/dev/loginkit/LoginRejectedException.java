package dev.loginkit;

/**
 * The server answered and refused the login; {@link #reason()} says why (invalid credentials,
 * locked account, rate limited, …).
 *
 * <pre>{@code
 * catch (LoginRejectedException e) {
 *   if (e.reason() == FailureReason.INVALID_CREDENTIALS) askAgain();
 * }
 * }</pre>
 */
public final class LoginRejectedException extends LoginException {
  private static final long serialVersionUID = 1L;

  /**
   * For the runtime; carries the classified failure.
   *
   * @param failure the classified failure
   */
  public LoginRejectedException(LoginFailure failure) {
    super(failure, null);
  }
}
