package dev.loginkit;

import dev.loginkit.annotations.FailureReason;

/**
 * Thrown by login methods that return the session type when no session came back. Catch the
 * subtype you can act on, or this type and switch on {@link #reason()}:
 *
 * <pre>{@code
 * try {
 *   GatewaySession session = client.login("alice", password, null);
 * } catch (LoginRejectedException e) {          // the server said no
 *   show(e.failure().message());
 * } catch (LoginTransportException e) {         // nothing usable came back
 *   retryLaterIf(!e.mayHaveBeenProcessed());
 * }
 * }</pre>
 *
 * <p>Messages never contain a secret of the call.
 */
public abstract class LoginException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient LoginFailure failure;

  LoginException(LoginFailure failure, Throwable cause) {
    super(failure.summary(), cause);
    this.failure = failure;
  }

  /** The classified failure with the provider's code, message, field and HTTP status. */
  public LoginFailure failure() {
    return failure;
  }

  /** Shorthand for {@code failure().reason()}. */
  public FailureReason reason() {
    return failure.reason();
  }
}
