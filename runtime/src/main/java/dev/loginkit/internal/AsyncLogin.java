package dev.loginkit.internal;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.Format;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;
import okio.AsyncTimeout;

/**
 * One login sent on OkHttp's dispatcher: completes with the outcome (never exceptionally, except
 * when cancelled); {@link #cancel} cancels the HTTP call in flight.
 *
 * <p>OkHttp starts a call's timeout only when its dispatcher runs the call, so a login queued
 * behind busy calls to the same host would wait unbounded. The login's own watchdog (okio's, the
 * thread OkHttp's timeouts already use) ends it at its deadline whatever the call is doing: the
 * call is given up first, so it can no longer reach the network once its timeout is reported.
 */
final class AsyncLogin<S> extends CompletableFuture<LoginResult<S>> implements Callback {
  private final LoginRuntime runtime;
  private final Operation op;
  private final Params original;
  private final SessionMapper<S> mapper;
  private final Format format;
  private final Deadline deadline;
  private final AsyncTimeout watchdog =
      new AsyncTimeout() {
        @Override
        protected void timedOut() {
          expire();
        }
      };
  private volatile Call call;
  private volatile Params sent;
  private volatile boolean retried;

  /** Set when the deadline passed or the future was cancelled: no further call may start. */
  private volatile boolean ended;

  /** For the listener, if any: why the login is sent, when it and its current attempt started. */
  private final dev.loginkit.LoginEvent.Trigger trigger;

  private final long startNanos;
  private volatile long attemptStartNanos;
  private final java.util.concurrent.atomic.AtomicBoolean finished =
      new java.util.concurrent.atomic.AtomicBoolean();

  AsyncLogin(
      LoginRuntime runtime,
      Operation op,
      Params params,
      SessionMapper<S> mapper,
      Format format,
      Deadline deadline) {
    this.runtime = runtime;
    this.op = op;
    this.original = params;
    this.mapper = mapper;
    this.format = format;
    this.deadline = deadline;
    this.trigger = runtime.events == null ? null : Events.callerTrigger(); // the caller's thread
    this.startNanos = runtime.events == null ? 0 : System.nanoTime();
    this.attemptStartNanos = startNanos;
  }

  /** Sends the first attempt and arms the login's deadline. */
  void begin() {
    Call first =
        runtime.newCall(
            op, original, format, deadline); // may refuse the call before anything starts
    sent = original;
    call = first; // set before the watchdog can fire
    watchdog.timeout(Math.max(1, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
    watchdog.enter();
    first.enqueue(this);
  }

  @Override
  public void onResponse(Call finished, Response response) {
    LoginResult<S> result;
    try (Response closing = response) {
      if (isDone()) {
        return;
      }
      result = runtime.read(op, sent, mapper, format, finished, closing);
    } catch (IOException e) {
      onFailure(finished, e);
      return;
    } catch (RuntimeException e) {
      // as a blocking login does: a caller's interceptor (or OkHttp) failing while the body is read
      finish(runtime.failed(e, finished, sent, deadline), null);
      return;
    }
    if (!retried && result instanceof LoginResult.Failure<S> failure) {
      Params retry = op.retryFor(failure.failure(), original);
      if (retry != null) {
        if (runtime.events != null) {
          runtime.events.attempt(op, trigger, 1, result, attemptStartNanos);
          runtime.events.retry(op, trigger, result, startNanos);
          attemptStartNanos = System.nanoTime();
        }
        retried = true; // declared with @RetryOnce; never more than once
        retry(retry);
        return;
      }
    }
    finish(result, null);
  }

  private void retry(Params params) {
    Call next = runtime.newCall(op, params, format, deadline);
    sent = params;
    call = next;
    // expire() sets ended, then reads call: it sees this call, or this sees ended (both volatile)
    if (ended || deadline.passed()) {
      runtime.abandon(next);
      finish(runtime.timedOut(next, params, deadline), null);
      return;
    }
    next.enqueue(this);
  }

  @Override
  public void onFailure(Call failed, IOException e) {
    if (!isDone()) {
      finish(runtime.failed(e, failed, sent, deadline), null);
    }
  }

  /** The deadline passed, on okio's watchdog thread: give the call up here, complete elsewhere. */
  private void expire() {
    ended = true;
    Call current = call;
    Params attempt = sent;
    runtime.abandon(current);
    Runnable complete = () -> finish(runtime.timedOut(current, attempt, deadline), null);
    try {
      runtime.executor().execute(complete); // no caller's dependent stage runs on the watchdog
    } catch (RejectedExecutionException shutDown) {
      complete.run();
    }
  }

  private void finish(LoginResult<S> result, RuntimeException defect) {
    if (!finished.compareAndSet(false, true)) {
      return; // the first outcome (answer, failure or deadline) is the login's
    }
    if (result != null && runtime.events != null && !isDone()) {
      // before completing: a caller's dependent stage may observe the events once it has the result
      int attempt = retried ? 2 : 1;
      runtime.events.attempt(op, trigger, attempt, result, attemptStartNanos);
      runtime.events.login(op, trigger, attempt, result, startNanos);
    }
    boolean first = defect == null ? complete(result) : completeExceptionally(defect);
    if (first) {
      watchdog.exit();
    }
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    ended = true;
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    Call current = call;
    if (current != null) {
      runtime.abandon(current);
    }
    watchdog.exit();
    return cancelled;
  }
}
