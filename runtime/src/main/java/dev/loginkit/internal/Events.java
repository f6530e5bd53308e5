package dev.loginkit.internal;

import dev.loginkit.LoginEvent;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginListener;
import dev.loginkit.LoginResult;
import java.time.Duration;

/**
 * Tells a runtime's {@link LoginListener} about its logins. Only exists when a listener is
 * configured, so that a login without one pays nothing for it.
 */
final class Events {
  /**
   * Set while a {@link dev.loginkit.SessionInterceptor} logs in again for an expired session, on
   * the thread that calls the login supplier: the logins started there are re-logins.
   */
  static final ThreadLocal<Boolean> RELOGIN = new ThreadLocal<>();

  private final LoginListener listener;
  private final String api;

  Events(LoginListener listener, String api) {
    this.listener = listener;
    this.api = api;
  }

  /** Why a login starting now on this thread is sent, unless it answers a challenge. */
  static LoginEvent.Trigger callerTrigger() {
    return RELOGIN.get() == Boolean.TRUE ? LoginEvent.Trigger.RELOGIN : LoginEvent.Trigger.CALL;
  }

  void attempt(
      Operation op,
      LoginEvent.Trigger trigger,
      int attempt,
      LoginResult<?> result,
      long startNanos) {
    emit(LoginEvent.Kind.ATTEMPT, op, trigger, attempt, result, startNanos);
  }

  void retry(
      Operation op, LoginEvent.Trigger trigger, LoginResult<?> failed, long loginStartNanos) {
    emit(LoginEvent.Kind.RETRY, op, trigger, 2, failed, loginStartNanos);
  }

  void login(
      Operation op,
      LoginEvent.Trigger trigger,
      int attempts,
      LoginResult<?> result,
      long loginStartNanos) {
    emit(LoginEvent.Kind.LOGIN, op, trigger, attempts, result, loginStartNanos);
  }

  private void emit(
      LoginEvent.Kind kind,
      Operation op,
      LoginEvent.Trigger trigger,
      int attempt,
      LoginResult<?> result,
      long startNanos) {
    Duration duration = Duration.ofNanos(Math.max(0, System.nanoTime() - startNanos));
    LoginEvent.Outcome outcome;
    LoginFailure failure;
    if (result instanceof LoginResult.Failure<?> f) {
      outcome = LoginEvent.Outcome.FAILURE;
      failure = f.failure();
    } else if (result instanceof LoginResult.Challenge<?> c) {
      outcome = LoginEvent.Outcome.CHALLENGE;
      failure = c.details();
    } else {
      outcome = LoginEvent.Outcome.SUCCESS;
      failure = null;
    }
    LoginEvent event =
        new LoginEvent(
            kind,
            api,
            op.name(),
            trigger,
            attempt,
            outcome,
            failure == null ? null : failure.reason(),
            failure == null ? null : failure.code(), // masked by the failure's redactor
            failure == null ? 0 : failure.httpStatus(),
            duration);
    try {
      listener.onEvent(event);
    } catch (RuntimeException ignored) {
      // a failing listener must not change the outcome of a login
    }
  }
}
