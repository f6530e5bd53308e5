package dev.loginkit;

import dev.loginkit.annotations.FailureReason;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one outcome of a login call, for callers who prefer values to exceptions. Declare a method
 * returning {@code LoginResult<MySession>} and switch over it:
 *
 * <pre>{@code
 * LoginResult<InterServerSession> result = client.login("me@example.com", password, null);
 * switch (result) {                                         // Java 21 pattern matching
 *   case LoginResult.Success<InterServerSession>(var session) -> use(session);
 *   case LoginResult.Challenge<InterServerSession> c -> askForCode(c.details().message());
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
   * LoginChallengeException}, {@link LoginProtocolException} (its subtype {@link
   * LoginResponseTooLargeException} for a body over the cap), {@link LoginTransportException} or
   * {@link LoginRejectedException}.
   *
   * @return the session
   */
  S orThrow();

  /**
   * The server accepted the credentials.
   *
   * @param session the session built from the declared fields
   * @param <S> the session type
   */
  record Success<S>(S session) implements LoginResult<S> {
    /**
     * Validates.
     *
     * @param session the session
     */
    public Success {
      Objects.requireNonNull(session, "session");
    }

    @Override
    public S orThrow() {
      return session;
    }
  }

  /**
   * The server wants more before it opens a session, e.g. a two-factor code. When the declaration
   * names the parameter that carries the answer ({@code @ChallengeWhen(answer = "tfa")}), {@link
   * #continueWith(String)} sends the same login again with it — the original parameters are kept,
   * so the caller never supplies the password twice.
   *
   * <pre>{@code
   * if (result instanceof LoginResult.Challenge<Session> challenge && challenge.canContinue()) {
   *   result = challenge.continueWith(askUserForCode());
   * }
   * }</pre>
   *
   * @param <S> the session type
   */
  final class Challenge<S> implements LoginResult<S> {
    private final LoginFailure details;
    private final Function<String, LoginResult<S>> next;

    /**
     * A challenge that cannot be continued.
     *
     * @param details the challenge's reason, code and message
     */
    public Challenge(LoginFailure details) {
      this(details, null);
    }

    /**
     * For the runtime: a challenge whose answer {@code next} sends.
     *
     * @param details the challenge's reason, code and message
     * @param next sends the login again with the answer; {@code null} when it cannot be continued
     */
    public Challenge(LoginFailure details, Function<String, LoginResult<S>> next) {
      this.details = Objects.requireNonNull(details, "details");
      this.next = next;
    }

    /** {@return what the server said; {@link LoginFailure#reason()} names the kind of challenge} */
    public LoginFailure details() {
      return details;
    }

    /** {@return the kind of challenge, e.g. {@link FailureReason#TWO_FACTOR_REQUIRED}} */
    public FailureReason reason() {
      return details.reason();
    }

    /** {@return whether {@link #continueWith(String)} can answer it} */
    public boolean canContinue() {
      return next != null;
    }

    /**
     * Sends the login again with the original parameters plus {@code answer} (a two-factor code,
     * say) in the declared parameter, and returns that call's outcome. Each call sends once.
     *
     * @throws IllegalStateException when the declaration names no answer parameter
     * @throws LoginConfigurationException when {@code answer} is {@code null}
     * @param answer the caller's answer (a two-factor code, say)
     * @return the outcome of the login sent with the answer
     */
    public LoginResult<S> continueWith(String answer) {
      if (next == null) {
        throw new IllegalStateException(
            "this challenge cannot be continued: declare @ChallengeWhen(answer = \"wire-name\")");
      }
      if (answer == null) {
        throw new LoginConfigurationException("the answer to a challenge is required but was null");
      }
      return next.apply(answer);
    }

    @Override
    public S orThrow() {
      throw new LoginChallengeException(this);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Challenge<?> that && details.equals(that.details);
    }

    @Override
    public int hashCode() {
      return details.hashCode();
    }

    /** The details only; the pending login's parameters (credentials) are never printed. */
    @Override
    public String toString() {
      return "Challenge[details=" + details + ", canContinue=" + canContinue() + "]";
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
    /**
     * Validates.
     *
     * @param failure the classified failure
     * @param cause what caused it (an I/O error, say), or {@code null}
     */
    public Failure {
      Objects.requireNonNull(failure, "failure");
    }

    /**
     * A failure without an underlying exception.
     *
     * @param failure the classified failure
     */
    public Failure(LoginFailure failure) {
      this(failure, null);
    }

    /** {@return the classification} */
    public FailureReason reason() {
      return failure.reason();
    }

    @Override
    public S orThrow() {
      FailureReason reason = failure.reason();
      if (reason == FailureReason.PROTOCOL_ERROR) {
        throw failure.responseTooLarge()
            ? new LoginResponseTooLargeException(failure)
            : new LoginProtocolException(failure);
      }
      if (reason == FailureReason.TRANSPORT_ERROR) {
        throw new LoginTransportException(failure, cause);
      }
      throw new LoginRejectedException(failure);
    }
  }
}
