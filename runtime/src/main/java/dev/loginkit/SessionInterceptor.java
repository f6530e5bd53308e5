package dev.loginkit;

import dev.loginkit.internal.ExpiryRule;
import dev.loginkit.internal.SessionAttacher;
import dev.loginkit.internal.Sessions;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An OkHttp interceptor (usable by Retrofit too) that carries a login session on every request of
 * the client it is added to, the way the session record declares it ({@code @Attach}), and logs in
 * again when a response says the session is gone ({@code @SessionExpiry}; HTTP 401 by default).
 *
 * <pre>{@code
 * TenTenLoginClient login = new TenTenLoginClient(config);
 * SessionInterceptor<TenTenSession> sessions =
 *     login.sessionInterceptor(() -> login.login("jdoe", password, Kill.POSSESS));
 * OkHttpClient api = shared.newBuilder().addInterceptor(sessions).build();
 * // every request of api now carries ?sid=…&pswd=…; an expired session is renewed once
 * }</pre>
 *
 * <p>The first request logs in. When any number of threads find the session expired at once,
 * exactly one logs in again and the others wait for and reuse its session; if that login fails, all
 * of them fail with its {@link LoginException}. The expired request is replayed with the new
 * session only when that is safe: an idempotent method, or a request tagged {@link #REPLAY_SAFE};
 * otherwise the expired response is returned as it is.
 *
 * @param <S> the session type
 */
public final class SessionInterceptor<S> implements Interceptor {
  /**
   * Tag a request with this ({@code .tag(ReplaySafe.class, SessionInterceptor.REPLAY_SAFE)}) to
   * allow replaying it.
   */
  public static final ReplaySafe REPLAY_SAFE = ReplaySafe.YES;

  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

  private final Supplier<S> login;
  private final SessionAttacher<S> attacher;
  private final ExpiryRule expiry;
  private final Object lock = new Object();
  private volatile S current;

  /**
   * The session whose renewal failed, and how; waiting threads rethrow instead of logging in again.
   */
  private S failedRenewalOf;

  private RuntimeException renewalFailure;

  /**
   * For generated code: use the login client's {@code sessionInterceptor(...)}.
   *
   * @param login logs in; called for the first session and again when it expires
   * @param attacher how the session travels on requests (generated)
   * @param expiry how a response says the session expired (generated)
   */
  public SessionInterceptor(Supplier<S> login, SessionAttacher<S> attacher, ExpiryRule expiry) {
    this.login = Objects.requireNonNull(login, "login");
    this.attacher = attacher;
    this.expiry = expiry;
  }

  /**
   * Marker for requests that may be replayed after a re-login even though their method is not
   * idempotent.
   */
  public enum ReplaySafe {
    /** The request may be sent again. */
    YES
  }

  /** {@return the current session, logging in first if there is none yet} */
  public S session() {
    S session = current;
    return session != null ? session : renew(null);
  }

  /** Forgets the current session; the next request logs in again. */
  public void invalidate() {
    synchronized (lock) {
      current = null;
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request original = chain.request();
    S session = session();
    Response response = chain.proceed(Sessions.attach(attacher, session, original));
    if (!Sessions.expired(expiry, response)) {
      return response;
    }
    S renewed;
    try {
      renewed = renew(session);
    } catch (RuntimeException e) {
      response.close(); // the expired response is not returned: release its connection
      throw e;
    }
    if (!replayable(original)) {
      return response;
    }
    response.close();
    return chain.proceed(Sessions.attach(attacher, renewed, original));
  }

  private static boolean replayable(Request request) {
    return IDEMPOTENT.contains(request.method()) || request.tag(ReplaySafe.class) == ReplaySafe.YES;
  }

  /** Logs in again unless another thread already replaced {@code stale}; one login at a time. */
  private S renew(S stale) {
    synchronized (lock) {
      S now = current;
      if (now != null && now != stale) {
        return now;
      }
      if (stale != null && stale == failedRenewalOf) {
        throw renewalFailure; // this session's renewal already failed: fail with its reason, log in
        // no more
      }
      try {
        S fresh =
            Objects.requireNonNull(
                stale == null ? login.get() : Sessions.relogin(login),
                "the login supplier returned null");
        current = fresh;
        failedRenewalOf = null;
        renewalFailure = null;
        return fresh;
      } catch (RuntimeException e) {
        if (stale != null) {
          failedRenewalOf = stale;
          renewalFailure = e;
        }
        current = null;
        throw e;
      }
    }
  }

  @Override
  public String toString() {
    return "SessionInterceptor[" + (current == null ? "no session" : "session held") + "]";
  }
}
