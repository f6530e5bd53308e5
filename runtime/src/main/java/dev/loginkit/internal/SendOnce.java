package dev.loginkit.internal;

import java.io.IOException;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor that lets each login request reach the network once, and never after its
 * login was given up. OkHttp re-sends on its own in cases retries-off does not cover (a 503 with
 * {@code Retry-After: 0}, a 408, a pooled connection that drops); a login is not idempotent, so a
 * second send fails the call instead.
 *
 * <p>Network interceptors run only once a connection is open (TLS handshake done) and just before
 * the request is written, so whether a call got here is exactly whether any request byte may have
 * reached the server.
 */
final class SendOnce implements Interceptor {
  /**
   * Per call, by identity: {@code TRUE} once it reached the network, {@code FALSE} once it was
   * abandoned before that. Weak, so an entry goes with its call. Not a request tag: OkHttp's tags
   * go through Kotlin reflection, whose first use costs ~25 ms of a cold start
   * (benchmarks/ANALYSIS.md).
   */
  private final Map<Call, Boolean> calls = new WeakHashMap<>();

  /** One per runtime, so that runtimes do not share the lock. */
  SendOnce() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    Boolean before;
    synchronized (calls) {
      before = calls.putIfAbsent(chain.call(), Boolean.TRUE);
    }
    if (before != null) {
      throw before ? new RefusedResendException() : new AbandonedException();
    }
    return keepAsAnswer(chain.proceed(chain.request()));
  }

  /** Whether {@code call} reached the network. */
  boolean reached(Call call) {
    synchronized (calls) {
      return calls.get(call) == Boolean.TRUE;
    }
  }

  /**
   * Gives {@code call} up (its login timed out or was cancelled): from now on it never reaches the
   * network. Returns whether it already had, atomically with that decision.
   */
  boolean abandon(Call call) {
    synchronized (calls) {
      return calls.putIfAbsent(call, Boolean.FALSE) == Boolean.TRUE;
    }
  }

  /**
   * OkHttp re-sends a 503 whose {@code Retry-After} is {@code 0} (retries off or not) and throws on
   * one too large for an int; without the header it returns the 503, which is the login's answer.
   */
  private static Response keepAsAnswer(Response response) {
    String retryAfter = response.header("Retry-After");
    if (response.code() != 503 || retryAfter == null || !retryAfter.matches("\\d+")) {
      return response;
    }
    try {
      if (Integer.parseInt(retryAfter) > 0) {
        return response;
      }
    } catch (NumberFormatException tooLarge) {
      // fall through: OkHttp would fail on it
    }
    return response.newBuilder().removeHeader("Retry-After").build();
  }

  /** Thrown instead of a second send. */
  static final class RefusedResendException extends IOException {
    private static final long serialVersionUID = 1L;

    RefusedResendException() {
      super("LoginKit refused to send the login request a second time");
    }
  }

  /** Thrown instead of sending a call whose login already ended. */
  static final class AbandonedException extends IOException {
    private static final long serialVersionUID = 1L;

    AbandonedException() {
      super("the login ended before this request was sent");
    }
  }
}
