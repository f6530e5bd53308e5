package dev.loginkit;

import dev.loginkit.annotations.FailureReason;

/**
 * Thrown by login methods that return the session type when no session came back. Catch the subtype
 * you can act on, or this type and switch on {@link #reason()}:
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
 *
 * <p><b>Not in this family:</b> a call refused before anything is sent (a required argument {@code
 * null}, a header value with a line break, a malformed base URL, an XML call without Woodstox)
 * throws {@link LoginConfigurationException}, an {@link IllegalArgumentException}, whatever the
 * method returns ({@code LoginResult} methods included). It is a mistake in the calling code or its
 * configuration, never an answer of the server, and nothing was sent: catch it separately where
 * arguments come from users ({@code catch (LoginException | LoginConfigurationException e)}).
 */
public abstract class LoginException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient LoginFailure failure;

  LoginException(LoginFailure failure, Throwable cause) {
    super(failure.summary(), cause);
    this.failure = failure;
  }

  /** {@return the classified failure with the provider's code, message, field and HTTP status} */
  public LoginFailure failure() {
    return failure;
  }

  /** {@return the failure's reason, shorthand for {@code failure().reason()}} */
  public FailureReason reason() {
    return failure.reason();
  }
}
