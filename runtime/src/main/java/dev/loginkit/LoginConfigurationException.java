package dev.loginkit;

/**
 * The call was refused before anything was sent: a required argument was {@code null}, a header
 * value held a line break, a base URL was malformed, or an XML, SOAP or XML-RPC call was made
 * without Woodstox on the class path ({@code loginkit-runtime} declares it optional; such users add
 * {@code com.fasterxml.woodstox:woodstox-core}). The message names the parameter, never its value.
 *
 * <pre>{@code
 * client.login(null, password, null);   // LoginConfigurationException: parameter 'uid' is required
 * }</pre>
 *
 * <p>It is not a {@link LoginException} (which says how a sent login ended) but an {@link
 * IllegalArgumentException}, thrown by login methods of every return type, {@code LoginResult} and
 * {@code CompletableFuture} ones included (those throw it from the call, before returning).
 */
public final class LoginConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * For the runtime and generated code.
   *
   * @param message what was refused, naming the parameter, never its value
   */
  public LoginConfigurationException(String message) {
    super(message);
  }
}
