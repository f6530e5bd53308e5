package dev.loginkit;

/**
 * The response body was larger than {@link LoginClientConfig#maxResponseBytes()} (announced by
 * {@code Content-Length}, or counted while reading, after decompression); it was not decoded. A
 * {@link LoginProtocolException}, so handlers of that type see it too. The server did receive and
 * may have processed the login.
 *
 * <pre>{@code
 * catch (LoginResponseTooLargeException e) {
 *   log.warn("login answer over {} bytes", e.maxResponseBytes());
 * }
 * }</pre>
 */
public final class LoginResponseTooLargeException extends LoginProtocolException {
  private static final long serialVersionUID = 1L;

  /**
   * For the runtime; carries the {@code PROTOCOL_ERROR} failure marked as too large.
   *
   * @param failure the classified failure
   */
  public LoginResponseTooLargeException(LoginFailure failure) {
    super(failure);
  }

  /** {@return the cap that was exceeded, in bytes, or {@code -1} if unknown} */
  public long maxResponseBytes() {
    String max = failure().details().get(LoginFailure.MAX_RESPONSE_BYTES);
    try {
      return max == null ? -1 : Long.parseLong(max);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
