package dev.loginkit.internal;

import dev.loginkit.LoginException;
import dev.loginkit.LoginResult;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * The session of an {@link AsyncLogin}, or its {@link LoginException}; cancelling it cancels the
 * login's HTTP call.
 */
final class SessionFuture<S> extends CompletableFuture<S>
    implements BiConsumer<LoginResult<S>, Throwable> {
  private final CompletableFuture<LoginResult<S>> login;

  SessionFuture(CompletableFuture<LoginResult<S>> login) {
    this.login = login;
    login.whenComplete(this);
  }

  @Override
  public void accept(LoginResult<S> result, Throwable error) {
    if (error != null) {
      completeExceptionally(error);
      return;
    }
    try {
      complete(result.orThrow());
    } catch (LoginException e) {
      completeExceptionally(e);
    }
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    login.cancel(mayInterruptIfRunning);
    return super.cancel(mayInterruptIfRunning);
  }
}
