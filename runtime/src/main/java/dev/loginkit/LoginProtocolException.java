package dev.loginkit;

/**
 * The response could not be understood: malformed, truncated, too large, of an unexpected kind, or
 * missing a required session field. The message carries a short, redacted excerpt of the body. A
 * body over {@link LoginClientConfig#maxResponseBytes()} is the subtype {@link
 * LoginResponseTooLargeException}.
 *
 * <pre>{@code
 * catch (LoginProtocolException e) {
 *   log.warn("login server answered nonsense: {}", e.getMessage());
 * }
 * }</pre>
 */
public sealed class LoginProtocolException extends LoginException
    permits LoginResponseTooLargeException {
  private static final long serialVersionUID = 1L;

  /**
   * For the runtime; carries the {@code PROTOCOL_ERROR} failure.
   *
   * @param failure the classified failure
   */
  public LoginProtocolException(LoginFailure failure) {
    super(failure, null);
  }
}
