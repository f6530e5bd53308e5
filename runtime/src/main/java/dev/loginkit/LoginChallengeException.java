package dev.loginkit;

/**
 * The server wants more before opening a session, e.g. a two-factor code ({@link #reason()} is
 * {@code TWO_FACTOR_REQUIRED}). Declare the method as returning {@link LoginResult} to receive the
 * challenge as a value instead.
 *
 * <pre>{@code
 * catch (LoginChallengeException e) {
 *   String code = askUserFor(e.failure().message());
 *   Object session = e.challenge().continueWith(code).orThrow();
 * }
 * }</pre>
 */
public final class LoginChallengeException extends LoginException {
  private static final long serialVersionUID = 1L;

  private final transient LoginResult.Challenge<?> challenge;

  /**
   * For the runtime; carries the challenge, which may be continued.
   *
   * @param challenge the challenge, which can be continued
   */
  public LoginChallengeException(LoginResult.Challenge<?> challenge) {
    super(challenge.details(), null);
    this.challenge = challenge;
  }

  /** {@return the challenge; {@code challenge().continueWith(code)} answers it} */
  public LoginResult.Challenge<?> challenge() {
    return challenge;
  }
}
