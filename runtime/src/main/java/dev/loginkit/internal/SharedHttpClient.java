package dev.loginkit.internal;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The OkHttp client used when the caller passes none: one per JVM, created on first use (a new
 * client costs a large part of a cold start).
 *
 * <p>Its dispatcher runs async logins on daemon threads: OkHttp's default dispatcher threads are
 * not daemons and idle for 60 s, so a program whose last work was an async login would wait that
 * long to exit. With daemon threads the JVM exits when the program's own threads end, as it would
 * without LoginKit (an async login still in flight is then abandoned with the JVM, like any daemon
 * work). The caller's own client, passed to {@code LoginClientConfig.httpClient}, keeps its
 * dispatcher.
 */
final class SharedHttpClient {
  private SharedHttpClient() {}

  private static final class Holder {
    static final OkHttpClient CLIENT =
        new OkHttpClient.Builder().dispatcher(new Dispatcher(daemonExecutor())).build();
  }

  static OkHttpClient get() {
    return Holder.CLIENT;
  }

  /** What OkHttp's default dispatcher uses (no core threads, 60 s idle), with daemon threads. */
  private static ThreadPoolExecutor daemonExecutor() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory daemons =
        task -> {
          Thread thread = new Thread(task, "LoginKit OkHttp Dispatcher " + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    return new ThreadPoolExecutor(
        0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), daemons);
  }
}
