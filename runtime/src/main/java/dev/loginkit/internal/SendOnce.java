package dev.loginkit.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor that lets each login request reach the network once. OkHttp re-sends on
 * its own in cases retries-off does not cover (a 503 with {@code Retry-After: 0}, a 408, a pooled
 * connection that drops); a login is not idempotent, so a second send fails the call instead.
 */
final class SendOnce implements Interceptor {
  /**
   * The calls that have reached the network, by identity; weak, so an entry goes with its call.
   * Not a request tag: OkHttp's tags go through Kotlin reflection, whose first use costs ~25 ms of
   * a cold start (benchmarks/ANALYSIS.md).
   */
  private final Map<Call, Boolean> sent = Collections.synchronizedMap(new WeakHashMap<>());

  /** One per runtime, so that runtimes do not share the map's lock. */
  SendOnce() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (sent.put(chain.call(), Boolean.TRUE) != null) {
      throw new RefusedResendException();
    }
    return keepAsAnswer(chain.proceed(chain.request()));
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
}
