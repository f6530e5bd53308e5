package dev.loginkit.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor that lets each login request reach the network once. OkHttp re-sends on
 * its own in cases retries-off does not cover (a 503 with {@code Retry-After: 0}, a 408, a pooled
 * connection that drops); a login is not idempotent, so a second send fails the call instead.
 */
final class SendOnce implements Interceptor {
  static final SendOnce INSTANCE = new SendOnce();

  /** Per-call counter, carried as a request tag (tags survive OkHttp's follow-up requests). */
  static final class Counter extends AtomicInteger {
    private static final long serialVersionUID = 1L;
  }

  private SendOnce() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    Counter counter = chain.request().tag(Counter.class);
    if (counter != null && counter.incrementAndGet() > 1) {
      throw new RefusedResendException();
    }
    return chain.proceed(chain.request());
  }

  /** Thrown instead of a second send. */
  static final class RefusedResendException extends IOException {
    private static final long serialVersionUID = 1L;

    RefusedResendException() {
      super("LoginKit refused to send the login request a second time");
    }
  }
}
