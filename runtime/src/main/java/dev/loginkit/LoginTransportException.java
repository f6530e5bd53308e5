package dev.loginkit;

/**
 * No usable response arrived: the connection was refused or reset, or the call timed out. A login
 * is never re-sent by LoginKit; {@link #mayHaveBeenProcessed()} tells whether the server might
 * nevertheless have acted on it.
 *
 * <pre>{@code
 * catch (LoginTransportException e) {
 *   if (!e.mayHaveBeenProcessed()) retry();
 * }
 * }</pre>
 */
public final class LoginTransportException extends LoginException {
  private static final long serialVersionUID = 1L;

  /**
   * For the runtime; carries the {@code TRANSPORT_ERROR} failure and the I/O cause.
   *
   * @param failure the classified failure
   * @param cause the I/O error, or {@code null}
   */
  public LoginTransportException(LoginFailure failure, Throwable cause) {
    super(failure, cause);
  }

  /**
   * {@code false} only when no byte of the request can have reached the server: the connection or
   * its TLS handshake failed, the login timed out before it was sent (still queued, or a declared
   * retry with no time left), or an HTTP/2 server refused the stream; {@code true} otherwise (reset
   * or timeout after sending, a truncated response, a refused second send).
   *
   * @return whether the request may have reached the server
   */
  public boolean mayHaveBeenProcessed() {
    return !"false".equals(failure().details().get(LoginFailure.MAY_HAVE_BEEN_PROCESSED));
  }

  /**
   * {@return whether the login's one deadline, {@link LoginClientConfig#loginTimeout()}, passed}
   */
  public boolean timedOut() {
    return "true".equals(failure().details().get(LoginFailure.TIMED_OUT));
  }
}
