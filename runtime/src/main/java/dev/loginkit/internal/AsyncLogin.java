package dev.loginkit.internal;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.Format;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * One login sent on OkHttp's dispatcher: completes with the outcome (never exceptionally, except
 * when cancelled); {@link #cancel} cancels the HTTP call in flight.
 */
final class AsyncLogin<S> extends CompletableFuture<LoginResult<S>> implements Callback {
  private final LoginRuntime runtime;
  private final Operation op;
  private final Params original;
  private final SessionMapper<S> mapper;
  private final Format format;
  private volatile Call call;
  private volatile Params sent;
  private volatile boolean retried;

  AsyncLogin(LoginRuntime runtime, Operation op, Params params, SessionMapper<S> mapper, Format format) {
    this.runtime = runtime;
    this.op = op;
    this.original = params;
    this.mapper = mapper;
    this.format = format;
  }

  void start(Params params) {
    Call next = runtime.newCall(op, params, format);
    sent = params;
    call = next;
    if (isCancelled()) {
      next.cancel();
      return;
    }
    next.enqueue(this);
  }

  @Override
  public void onResponse(Call finished, Response response) {
    LoginResult<S> result;
    try (Response closing = response) {
      result = runtime.read(op, sent, mapper, format, finished.request(), closing);
    } catch (IOException e) {
      onFailure(finished, e);
      return;
    } catch (RuntimeException e) {
      completeExceptionally(e);
      return;
    }
    if (!retried && result instanceof LoginResult.Failure<S> failure) {
      Params retry = op.retryFor(failure.failure(), original);
      if (retry != null) {
        retried = true; // declared with @RetryOnce; never more than once
        start(retry);
        return;
      }
    }
    complete(result);
  }

  @Override
  public void onFailure(Call failed, IOException e) {
    complete(runtime.failed(e, failed.request(), sent));
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    Call current = call;
    if (current != null) {
      current.cancel();
    }
    return cancelled;
  }
}
