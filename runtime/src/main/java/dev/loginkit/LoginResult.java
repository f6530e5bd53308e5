package dev.loginkit;

import dev.loginkit.annotations.FailureReason;
import java.util.Objects;

/**
 * The one outcome of a login call, for callers who prefer values to exceptions. Declare a method
 * returning {@code LoginResult<MySession>} and switch over it:
 *
 * <pre>{@code
 * LoginResult<InterServerSession> result = client.login("me@example.com", password, null);
 * switch (result) {                                         // Java 21 pattern matching
 *   case LoginResult.Success<InterServerSession>(var session) -> use(session);
 *   case LoginResult.Challenge<InterServerSession>(var details) -> askForCode(details.message());
 *   case LoginResult.Failure<InterServerSession>(var failure) -> show(failure.summary());
 * }
 * }</pre>
 *
 * <p>On Java 17 use {@code instanceof} patterns, or {@link #orThrow()} to get the session or a
 * {@link LoginException}.
 *
 * @param <S> the session type
 */
public sealed interface LoginResult<S>
    permits LoginResult.Success, LoginResult.Challenge, LoginResult.Failure {

  /**
   * The session, or the {@link LoginException} that describes why there is none: {@link
   * LoginChallengeException}, {@link LoginProtocolException}, {@link LoginTransportException} or
   * {@link LoginRejectedException}.
   */
  S orThrow();

  /**
   * The server accepted the credentials.
   *
   * @param session the session built from the declared fields
   * @param <S> the session type
   */
  record Success<S>(S session) implements LoginResult<S> {
    /** Validates. */
    public Success {
      Objects.requireNonNull(session, "session");
    }

    @Override
    public S orThrow() {
      return session;
    }
  }

  /**
   * The server wants more before it opens a session, e.g. a two-factor code.
   *
   * @param details what the server said; {@link LoginFailure#reason()} names the kind of challenge
   * @param <S> the session type
   */
  record Challenge<S>(LoginFailure details) implements LoginResult<S> {
    /** Validates. */
    public Challenge {
      Objects.requireNonNull(details, "details");
    }

    /** The kind of challenge, e.g. {@link FailureReason#TWO_FACTOR_REQUIRED}. */
    public FailureReason reason() {
      return details.reason();
    }

    @Override
    public S orThrow() {
      throw new LoginChallengeException(details);
    }
  }

  /**
   * No session: the server refused, or no usable answer arrived.
   *
   * @param failure the classified reason and the provider's details
   * @param cause the underlying exception for transport errors, else {@code null}
   * @param <S> the session type
   */
  record Failure<S>(LoginFailure failure, Throwable cause) implements LoginResult<S> {
    /** Validates. */
    public Failure {
      Objects.requireNonNull(failure, "failure");
    }

    /** A failure without an underlying exception. */
    public Failure(LoginFailure failure) {
      this(failure, null);
    }

    /** The classification. */
    public FailureReason reason() {
      return failure.reason();
    }

    @Override
    public S orThrow() {
      switch (failure.reason()) {
        case PROTOCOL_ERROR:
          throw new LoginProtocolException(failure);
        case TRANSPORT_ERROR:
          throw new LoginTransportException(failure, cause);
        default:
          throw new LoginRejectedException(failure);
      }
    }
  }
}
