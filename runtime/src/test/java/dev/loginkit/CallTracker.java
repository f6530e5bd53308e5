package dev.loginkit;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * An OkHttp event listener for tests: counts requests whose headers began to reach a socket (what
 * really left the process), and lets a test wait until every started call has ended. OkHttp
 * releases a call's connection to the pool before it reports {@code callEnd} or {@code callFailed},
 * so once this wait returns the pool's state is final.
 */
public final class CallTracker extends EventListener {
  private int wireSends;
  private int started;
  private int ended;
  private int connects;
  private int acquired;
  private int released;

  @Override
  public synchronized void requestHeadersStart(Call call) {
    wireSends++;
  }

  @Override
  public synchronized void connectStart(
      Call call, java.net.InetSocketAddress address, java.net.Proxy proxy) {
    connects++;
  }

  @Override
  public synchronized void connectionAcquired(Call call, okhttp3.Connection connection) {
    acquired++;
  }

  @Override
  public synchronized void connectionReleased(Call call, okhttp3.Connection connection) {
    released++;
  }

  @Override
  public synchronized void callStart(Call call) {
    started++;
  }

  @Override
  public void callEnd(Call call) {
    ended();
  }

  @Override
  public void callFailed(Call call, IOException ioe) {
    ended();
  }

  private synchronized void ended() {
    ended++;
    notifyAll();
  }

  /** New connections begun so far (a pooled one reused is not counted). */
  public synchronized int connects() {
    return connects;
  }

  /** Connections acquired by a call and not yet released by it. */
  public synchronized int connectionsHeld() {
    return acquired - released;
  }

  /** Requests written to the network so far. */
  public synchronized int wireSends() {
    return wireSends;
  }

  /**
   * Waits for the end events of every call started so far, at most {@code limit}; returns whether
   * they all ended.
   */
  public synchronized boolean awaitAllEnded(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    long left;
    while (ended < started && (left = deadline - System.nanoTime()) > 0) {
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return ended >= started;
  }
}
