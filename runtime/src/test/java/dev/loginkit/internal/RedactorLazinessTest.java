package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A redactor reads the call's secrets on its first redaction, once, and may be shared between
 * threads.
 */
class RedactorLazinessTest {

  /** A secret value that counts how often it is read. */
  private static final class CountedSecret {
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public String toString() {
      reads.incrementAndGet();
      return "s3cr&t";
    }
  }

  @Test
  void readsTheSecretsOnFirstRedactionOnly() {
    CountedSecret secret = new CountedSecret();
    Redactor redactor =
        Redactor.forSecrets(new Params().param("user", "alice").secret("password", secret));

    assertEquals(0, secret.reads.get());
    assertEquals(null, redactor.redact(null));
    assertEquals(0, secret.reads.get());

    assertEquals("alice ***", redactor.redact("alice s3cr&t"));
    assertEquals("*** ***", redactor.excerpt("s3cr%26t s3cr&amp;t", 100));
    assertEquals(1, secret.reads.get());
  }

  @Test
  void threadsRacingToTheFirstRedactionAllMask() throws Exception {
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 200; round++) {
        Redactor redactor =
            Redactor.forSecrets(new Params().param("user", "alice").secret("password", "s3cr&t"));
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<String>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return redactor.redact("alice s3cr&t s3cr%26t s3cr&amp;t");
                  }));
        }
        for (Future<String> result : results) {
          assertEquals("alice *** *** ***", result.get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
