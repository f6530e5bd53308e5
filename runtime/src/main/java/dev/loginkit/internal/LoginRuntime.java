package dev.loginkit.internal;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginConfigurationException;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.security.cert.CertificateException;
import java.util.Map;
import java.util.function.Consumer;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Authenticator;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
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
 * OkHttp client derived once from the caller's (retries and redirects off, call timeout on, a
 * second send refused).
 */
public final class LoginRuntime {
  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final long maxResponseBytes;
  private final Consumer<String> logger;

  /**
   * @param declaredBaseUrl the interface's {@code @LoginApi(baseUrl)}, already validated at compile time
   * @param config the caller's configuration
   */
  public LoginRuntime(String declaredBaseUrl, LoginClientConfig config) {
    HttpUrl declared = HttpUrl.parse(declaredBaseUrl);
    if (declared == null) {
      throw new LoginConfigurationException("declared base URL is not an absolute http or https URL");
    }
    HttpUrl override = config.baseUrl();
    this.baseUrl =
        override == null
            ? declared
            : declared.newBuilder()
                .scheme(override.scheme())
                .host(override.host())
                .port(override.port())
                .build();
    OkHttpClient base = config.httpClient() != null ? config.httpClient() : SharedHttpClient.get();
    this.http =
        base.newBuilder()
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .followSslRedirects(false)
            .authenticator(Authenticator.NONE)
            .callTimeout(config.callTimeout())
            .addNetworkInterceptor(new SendOnce())
            .build();
    this.maxResponseBytes = config.maxResponseBytes();
    this.logger = config.logger();
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
  public <S> LoginResult<S> execute(Operation op, Params params, SessionMapper<S> mapper, Format format) {
    LoginResult<S> result = send(op, params, mapper, format);
    if (result instanceof LoginResult.Failure<S> failure) {
      Params retry = op.retryFor(failure.failure(), params);
      if (retry != null) {
        return send(op, retry, mapper, format); // declared with @RetryOnce; never more than once
      }
    }
    return result;
  }

  /**
   * Sends the login once without blocking. The future completes with the one outcome (never
   * exceptionally); cancelling it cancels the HTTP call. A declared {@code @RetryOnce} is sent after
   * the first answer, still at most once.
   */
  public <S> CompletableFuture<LoginResult<S>> executeAsync(
      Operation op, Params params, SessionMapper<S> mapper, Format format) {
    AsyncLogin<S> login = new AsyncLogin<>(this, op, params, mapper, format == null ? op.format() : format);
    login.start(params);
    return login;
  }

  /** As {@link #executeAsync}, completing with the session or exceptionally with the {@code LoginException}. */
  public <S> CompletableFuture<S> executeAsyncOrThrow(
      Operation op, Params params, SessionMapper<S> mapper, Format format) {
    return new SessionFuture<>(executeAsync(op, params, mapper, format));
  }

  /**
   * A new OkHttp call for one send of {@code params} ({@link SendOnce} lets it reach the network once),
   * answered in {@code format}. Refuses an XML-family call without Woodstox before anything is sent.
   */
  Call newCall(Operation op, Params params, Format format) {
    XmlSupport.require(op, format == null ? op.format() : format);
    return http.newCall(RequestEncoder.encode(op, baseUrl, params));
  }

  private <S> LoginResult<S> send(Operation op, Params params, SessionMapper<S> mapper, Format format) {
    Call call = newCall(op, params, format);
    try (Response response = call.execute()) {
      return read(op, params, mapper, format, call.request(), response);
    } catch (IOException | RuntimeException e) {
      // RuntimeException: an interceptor of the caller's client, or OkHttp itself, failing.
      return failed(e, call.request(), params);
    }
  }

  /** The transport failure for {@code e}, logged when a logger is configured. */
  <S> LoginResult<S> failed(Exception e, Request request, Params params) {
    Redactor redactor = Redactor.forSecrets(params);
    LoginResult<S> result = transportFailure(e, request, redactor);
    log(request, 0, -1, result, redactor);
    return result;
  }

  /** Reads and classifies one response; closes nothing (the caller owns it). */
  <S> LoginResult<S> read(
      Operation op, Params params, SessionMapper<S> mapper, Format format, Request request, Response response)
      throws IOException {
    Redactor redactor = Redactor.forSecrets(params);
    LoginResult<S> result = interpret(op, params, mapper, format, request, response, redactor);
    log(request, response.code(), response.receivedResponseAtMillis() - response.sentRequestAtMillis(), result,
        redactor);
    return result;
  }

  private <S> LoginResult<S> interpret(
      Operation op, Params params, SessionMapper<S> mapper, Format format, Request request, Response response,
      Redactor redactor) throws IOException {
    byte[] body;
    try {
      body = BodyReader.read(response.body(), maxResponseBytes);
    } catch (BodyReader.TooLargeException e) {
      return new LoginResult.Failure<>(
          new LoginFailure(FailureReason.PROTOCOL_ERROR, null, e.getMessage(), null, response.code(),
              Map.of(LoginFailure.RESPONSE_TOO_LARGE, "true",
                  LoginFailure.MAX_RESPONSE_BYTES, String.valueOf(maxResponseBytes))));
    }
    try {
      return ResponseInterpreter.interpret(
          op,
          format == null ? op.format() : format,
          response.code(),
          response.headers(),
          request.url(),
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
          LoginFailure.of(FailureReason.PROTOCOL_ERROR,
              "response could not be interpreted (" + e.getClass().getSimpleName() + ")", response.code()));
    }
  }

  static <S> LoginResult<S> transportFailure(Exception e, Request request, Redactor redactor) {
    String message =
        e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + redactor.excerpt(e.getMessage(), 300))
            + " (" + request.method() + " " + redactor.url(request.url()) + ")";
    LoginFailure failure =
        new LoginFailure(
            FailureReason.TRANSPORT_ERROR,
            null,
            message,
            null,
            0,
            Map.of(LoginFailure.MAY_HAVE_BEEN_PROCESSED, String.valueOf(!certainlyNotSent(e))));
    return new LoginResult.Failure<>(failure, new IOException(message));
  }

  /**
   * Whether {@code e} proves the request never reached the server: no connection, a server
   * certificate or host name refused during the TLS handshake (before any request byte), or an
   * HTTP/2 stream refused ({@code REFUSED_STREAM} means "not processed", RFC 9113 §8.7).
   */
  static boolean certainlyNotSent(Throwable e) {
    if (e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException || e instanceof SSLPeerUnverifiedException) {
      return true;
    }
    if (e instanceof StreamResetException reset) {
      return reset.errorCode == ErrorCode.REFUSED_STREAM;
    }
    if (e instanceof SSLHandshakeException) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof CertificateException) {
          return true;
        }
      }
    }
    return false;
  }

  /** One redacted line for the opt-in logger; {@code millis} below 0 when unknown. */
  private void log(Request request, int status, long millis, LoginResult<?> result, Redactor redactor) {
    if (logger == null) {
      return;
    }
    String outcome =
        result instanceof LoginResult.Failure<?> f ? f.failure().summary()
            : result instanceof LoginResult.Challenge<?> c ? "CHALLENGE " + c.details().summary()
            : "SUCCESS";
    String line = "login " + request.method() + " " + redactor.url(request.url())
        + " -> " + (status == 0 ? "no response" : String.valueOf(status))
        + (millis >= 0 ? " in " + millis + " ms" : "") + ": " + outcome;
    try {
      logger.accept(redactor.excerpt(line, 2000));
    } catch (RuntimeException ignored) {
      // a failing logger must not change the outcome of a login that was sent
    }
  }

  private static Charset charsetOf(ResponseBody body) {
    MediaType type = body == null ? null : body.contentType();
    return type == null ? null : type.charset();
  }
}
