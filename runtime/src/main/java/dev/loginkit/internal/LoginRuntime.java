package dev.loginkit.internal;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginConfigurationException;
import dev.loginkit.LoginEvent;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.internal.http2.StreamResetException;

/**
 * What one generated client instance uses to run its operations: the effective base URL and an
 * OkHttp client derived once from the caller's (retries and redirects off, a second send refused,
 * no connection reused by a login).
 *
 * <p>Every login has one deadline, {@link LoginClientConfig#loginTimeout()}, fixed when the login
 * method is called and covering queueing, connecting, each attempt and a declared retry.
 */
public final class LoginRuntime {
  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final SendOnce sendOnce = new SendOnce();
  private final Duration timeout;
  private final long maxResponseBytes;
  private final Consumer<String> logger;
  private final LoginClientConfig config;

  /** {@code null} without a listener: a login then pays nothing for events. */
  final Events events;

  /**
   * @param declaredBaseUrl the interface's {@code @LoginApi(baseUrl)}, already validated at compile
   *     time
   * @param config the caller's configuration
   */
  public LoginRuntime(String declaredBaseUrl, LoginClientConfig config) {
    HttpUrl declared = HttpUrl.parse(declaredBaseUrl);
    if (declared == null) {
      throw new LoginConfigurationException(
          "declared base URL is not an absolute http or https URL");
    }
    HttpUrl override = config.baseUrl();
    // The configured URL's path prefixes the declared one: a service under /tracker/, a gateway.
    this.baseUrl =
        override == null
            ? declared
            : override
                .newBuilder()
                .encodedPath(
                    RequestEncoder.joinPath(override.encodedPath(), declared.encodedPath()))
                .build();
    OkHttpClient base = config.httpClient() != null ? config.httpClient() : SharedHttpClient.get();
    this.timeout = config.loginTimeout();
    this.http =
        base.newBuilder()
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .followSslRedirects(false)
            .authenticator(Authenticator.NONE)
            .callTimeout(timeout)
            // A login reads its own answer and only its own: an HTTP/1 connection may hold bytes a
            // server wrote after the previous answer, and OkHttp's pool hands such a connection out
            // as healthy. So no login takes a pooled connection, and none is kept after its answer
            // (an HTTP/2 connection is still shared by logins running at the same time).
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            .addNetworkInterceptor(sendOnce)
            .addNetworkInterceptor(new Framing())
            .build();
    this.maxResponseBytes = config.maxResponseBytes();
    @SuppressWarnings("deprecation")
    Consumer<String> consumer = config.logger();
    this.logger = consumer;
    this.config = config;
    this.events =
        config.listener() == null ? null : new Events(config.listener(), apiName(declared));
  }

  /**
   * The name events carry: the simple name of the interface the calling generated client implements
   * (looked up once, only when a listener is configured), else the declared host.
   */
  private static String apiName(HttpUrl declared) {
    Class<?> caller =
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
            .walk(
                frames ->
                    frames
                        .map(StackWalker.StackFrame::getDeclaringClass)
                        .filter(c -> c != LoginRuntime.class)
                        .findFirst())
            .orElse(LoginRuntime.class);
    Class<?>[] interfaces = caller.getInterfaces();
    if (interfaces.length == 1) {
      return interfaces[0].getSimpleName();
    }
    return declared.host();
  }

  /** The base URL calls go to. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * Sends the login once and returns its one outcome. Bad arguments throw {@link
   * LoginConfigurationException} before anything is sent; everything after that is a result.
   */
  public <S> LoginResult<S> execute(Operation op, Params params, SessionMapper<S> mapper) {
    return execute(op, params, mapper, op.format());
  }

  /**
   * As {@link #execute(Operation, Params, SessionMapper)}, decoding the response as {@code format}
   * (for APIs whose response format is chosen per call by a parameter).
   */
  public <S> LoginResult<S> execute(
      Operation op, Params params, SessionMapper<S> mapper, Format format) {
    return execute(op, params, mapper, format, events == null ? null : Events.callerTrigger());
  }

  /** As above; {@code trigger} says why the login is sent, for the listener. */
  <S> LoginResult<S> execute(
      Operation op,
      Params params,
      SessionMapper<S> mapper,
      Format format,
      LoginEvent.Trigger trigger) {
    Deadline deadline = Deadline.after(timeout);
    long start = events == null ? 0 : System.nanoTime();
    LoginResult<S> result = send(op, params, mapper, format, deadline);
    int attempts = 1;
    if (events != null) {
      events.attempt(op, trigger, 1, result, start);
    }
    if (result instanceof LoginResult.Failure<S> failure) {
      Params retry = op.retryFor(failure.failure(), params);
      if (retry != null) {
        long retryStart = 0;
        if (events != null) {
          events.retry(op, trigger, result, start);
          retryStart = System.nanoTime();
        }
        result =
            send(
                op, retry, mapper, format,
                deadline); // declared with @RetryOnce; never more than once
        attempts = 2;
        if (events != null) {
          events.attempt(op, trigger, 2, result, retryStart);
        }
      }
    }
    if (events != null) {
      events.login(op, trigger, attempts, result, start);
    }
    return result;
  }

  /**
   * Sends the login once without blocking. The future completes with the one outcome (never
   * exceptionally) by the login's deadline at the latest, even while the call still waits in
   * OkHttp's dispatcher queue; cancelling it cancels the HTTP call. A declared {@code @RetryOnce}
   * is sent after the first answer, still at most once and within the same deadline.
   */
  public <S> CompletableFuture<LoginResult<S>> executeAsync(
      Operation op, Params params, SessionMapper<S> mapper, Format format) {
    AsyncLogin<S> login =
        new AsyncLogin<>(
            this,
            op,
            params,
            mapper,
            format == null ? op.format() : format,
            Deadline.after(timeout));
    login.begin();
    return login;
  }

  /**
   * As {@link #executeAsync}, completing with the session or exceptionally with the {@code
   * LoginException}.
   */
  public <S> CompletableFuture<S> executeAsyncOrThrow(
      Operation op, Params params, SessionMapper<S> mapper, Format format) {
    return new SessionFuture<>(executeAsync(op, params, mapper, format));
  }

  /**
   * A new OkHttp call for one send of {@code params} ({@link SendOnce} lets it reach the network
   * once), answered in {@code format}, bounded by what is left of {@code deadline}. Refuses an
   * XML-family call without Woodstox before anything is sent.
   */
  Call newCall(Operation op, Params params, Format format, Deadline deadline) {
    XmlSupport.require(op, format == null ? op.format() : format);
    Call call = http.newCall(RequestEncoder.encode(op, baseUrl, params));
    call.timeout().timeout(Math.max(1, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
    return call;
  }

  /** Where an async login completes when its deadline passes, off OkHttp's watchdog thread. */
  Executor executor() {
    return http.dispatcher().executorService();
  }

  private <S> LoginResult<S> send(
      Operation op, Params params, SessionMapper<S> mapper, Format format, Deadline deadline) {
    Call call = newCall(op, params, format, deadline);
    if (deadline.passed()) {
      return timedOut(call, params, deadline); // a retry with no time left is not sent
    }
    try (Response response = call.execute()) {
      return read(op, params, mapper, format, call, response);
    } catch (IOException | RuntimeException e) {
      // RuntimeException: an interceptor of the caller's client, or OkHttp itself, failing.
      return failed(e, call, params, deadline);
    }
  }

  /** The failure of {@code call}, which threw {@code e}; logged when a logger is configured. */
  <S> LoginResult<S> failed(Exception e, Call call, Params params, Deadline deadline) {
    if (e instanceof Framing.ViolationException violation) {
      LoginResult<S> result =
          new LoginResult.Failure<>(
              LoginFailure.of(
                  FailureReason.PROTOCOL_ERROR, violation.getMessage(), violation.status));
      log(call.request(), violation.status, -1, result, Redactor.forSecrets(params));
      return result;
    }
    if (deadline.passed()) {
      return timedOut(call, params, deadline);
    }
    Redactor redactor = Redactor.forSecrets(params);
    String message =
        e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + redactor.excerpt(e.getMessage(), 300));
    boolean refused =
        e instanceof StreamResetException reset && reset.errorCode == ErrorCode.REFUSED_STREAM;
    return transportFailure(message, call, !refused && sendOnce.abandon(call), false, redactor);
  }

  /**
   * The failure of a login whose deadline passed while {@code call} was queued, sent or read; from
   * here on the call can no longer reach the network, so whether it may have been processed is
   * final.
   */
  <S> LoginResult<S> timedOut(Call call, Params params, Deadline deadline) {
    return transportFailure(
        "login timed out after " + deadline.timeoutMillis() + " ms",
        call,
        sendOnce.abandon(call),
        true,
        Redactor.forSecrets(params));
  }

  /** Gives {@code call} up: it will not reach the network if it has not yet, and is cancelled. */
  void abandon(Call call) {
    sendOnce.abandon(call);
    call.cancel();
  }

  /**
   * A {@code TRANSPORT_ERROR}. {@code processed}: whether the request may have reached the server,
   * which is whether it reached the network, except for an HTTP/2 stream the server refused ({@code
   * REFUSED_STREAM} means "not processed", RFC 9113 §8.7).
   */
  private <S> LoginResult<S> transportFailure(
      String what, Call call, boolean processed, boolean timedOut, Redactor redactor) {
    Request request = call.request();
    String message = what + " (" + request.method() + " " + redactor.url(request.url()) + ")";
    Map<String, String> details = new HashMap<>(4);
    details.put(LoginFailure.MAY_HAVE_BEEN_PROCESSED, String.valueOf(processed));
    if (timedOut) {
      details.put(LoginFailure.TIMED_OUT, "true");
    }
    LoginFailure failure =
        new LoginFailure(FailureReason.TRANSPORT_ERROR, null, message, null, 0, details);
    LoginResult<S> result = new LoginResult.Failure<>(failure, new IOException(message));
    log(request, 0, -1, result, redactor);
    return result;
  }

  /**
   * Reads and classifies the response of {@code call}; closes nothing (the caller owns it). An
   * answer over the size cap cancels the call, so that its connection is closed instead of drained.
   */
  <S> LoginResult<S> read(
      Operation op,
      Params params,
      SessionMapper<S> mapper,
      Format format,
      Call call,
      Response response)
      throws IOException {
    Redactor redactor = Redactor.forSecrets(params);
    LoginResult<S> result = interpret(op, params, mapper, format, call, response, redactor);
    log(
        call.request(),
        response.code(),
        response.receivedResponseAtMillis() - response.sentRequestAtMillis(),
        result,
        redactor);
    return result;
  }

  private <S> LoginResult<S> interpret(
      Operation op,
      Params params,
      SessionMapper<S> mapper,
      Format format,
      Call call,
      Response response,
      Redactor redactor)
      throws IOException {
    byte[] body;
    try {
      body = BodyReader.read(response.body(), maxResponseBytes);
    } catch (BodyReader.TooLargeException e) {
      call.cancel(); // stop the server's stream now: closing would first drain what it still sends
      return new LoginResult.Failure<>(
          new LoginFailure(
              FailureReason.PROTOCOL_ERROR,
              null,
              e.getMessage(),
              null,
              response.code(),
              Map.of(
                  LoginFailure.RESPONSE_TOO_LARGE,
                  "true",
                  LoginFailure.MAX_RESPONSE_BYTES,
                  String.valueOf(maxResponseBytes))));
    }
    try {
      return ResponseInterpreter.interpret(
          op,
          format == null ? op.format() : format,
          response.code(),
          response.headers(),
          call.request().url(),
          body,
          charsetOf(response.body()),
          mapper,
          redactor,
          this,
          params);
    } catch (RuntimeException | StackOverflowError e) {
      // A defect or a pathological body (e.g. a message rule's regex recursing on a huge message):
      // still one typed outcome, naming only the exception's type (its message may quote the body).
      return new LoginResult.Failure<>(
          LoginFailure.of(
              FailureReason.PROTOCOL_ERROR,
              "response could not be interpreted (" + e.getClass().getSimpleName() + ")",
              response.code()));
    }
  }

  /**
   * One redacted line for the configured {@link System.Logger} at {@code DEBUG} (or the deprecated
   * consumer); {@code millis} below 0 when unknown. Nothing is built, nor redacted, unless the line
   * is logged.
   */
  private void log(
      Request request, int status, long millis, LoginResult<?> result, Redactor redactor) {
    System.Logger system = logger == null ? config.systemLogger() : null;
    if (logger == null && (system == null || !system.isLoggable(System.Logger.Level.DEBUG))) {
      return;
    }
    String outcome =
        result instanceof LoginResult.Failure<?> f
            ? f.failure().summary()
            : result instanceof LoginResult.Challenge<?> c
                ? "CHALLENGE " + c.details().summary()
                : "SUCCESS";
    String line =
        "login "
            + request.method()
            + " "
            + redactor.url(request.url())
            + " -> "
            + (status == 0 ? "no response" : String.valueOf(status))
            + (millis >= 0 ? " in " + millis + " ms" : "")
            + ": "
            + outcome;
    try {
      if (logger != null) {
        logger.accept(redactor.excerpt(line, 2000));
      } else {
        system.log(System.Logger.Level.DEBUG, redactor.excerpt(line, 2000));
      }
    } catch (RuntimeException ignored) {
      // a failing logger must not change the outcome of a login that was sent
    }
  }

  private static Charset charsetOf(ResponseBody body) {
    MediaType type = body == null ? null : body.contentType();
    return type == null ? null : type.charset();
  }
}
