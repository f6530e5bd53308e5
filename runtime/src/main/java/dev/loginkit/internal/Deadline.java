package dev.loginkit.internal;

import java.time.Duration;

/**
 * The one deadline of a login, fixed when the login method is called: queueing in OkHttp's
 * dispatcher, connecting, every attempt and a declared retry all count against it (the AWS SDK's
 * {@code apiCallTimeout}, not its per-attempt timeout).
 */
final class Deadline {
  private final long endNanos;
  private final long timeoutMillis;

  private Deadline(Duration timeout) {
    this.timeoutMillis = timeout.toMillis();
    this.endNanos = System.nanoTime() + timeout.toNanos();
  }

  /** A deadline {@code timeout} from now. */
  static Deadline after(Duration timeout) {
    return new Deadline(timeout);
  }

  /** Nanoseconds left; zero or less once the deadline has passed. */
  long remainingNanos() {
    return endNanos - System.nanoTime();
  }

  boolean passed() {
    return remainingNanos() <= 0;
  }

  /** The whole timeout this deadline was set with, for messages. */
  long timeoutMillis() {
    return timeoutMillis;
  }
}
