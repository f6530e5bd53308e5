package dev.loginkit.internal;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginConfigurationException;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.util.Map;
import okhttp3.Authenticator;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * What one generated client instance uses to run its operations: the effective base URL and an
 * OkHttp client derived once from the caller's (retries and redirects off, call timeout on, a
 * second send refused).
 */
public final class LoginRuntime {
  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final long maxResponseBytes;

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
            .addNetworkInterceptor(SendOnce.INSTANCE)
            .build();
    this.maxResponseBytes = config.maxResponseBytes();
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

  private <S> LoginResult<S> send(Operation op, Params params, SessionMapper<S> mapper, Format format) {
    Redactor redactor = Redactor.forSecrets(params);
    Request request =
        RequestEncoder.encode(op, baseUrl, params)
            .newBuilder()
            .tag(SendOnce.Counter.class, new SendOnce.Counter())
            .build();
    try (Response response = http.newCall(request).execute()) {
      byte[] body;
      try {
        body = BodyReader.read(response.body(), maxResponseBytes);
      } catch (BodyReader.TooLargeException e) {
        return new LoginResult.Failure<>(
            LoginFailure.of(FailureReason.PROTOCOL_ERROR, e.getMessage(), response.code()));
      }
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
    } catch (IOException e) {
      return transportFailure(e, request, redactor);
    }
  }

  private static <S> LoginResult<S> transportFailure(IOException e, Request request, Redactor redactor) {
    boolean notSent = e instanceof ConnectException || e instanceof UnknownHostException;
    String message =
        e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + redactor.redact(e.getMessage()))
            + " (" + request.method() + " " + redactor.url(request.url()) + ")";
    LoginFailure failure =
        new LoginFailure(
            FailureReason.TRANSPORT_ERROR,
            null,
            message,
            null,
            0,
            Map.of("mayHaveBeenProcessed", String.valueOf(!notSent)));
    return new LoginResult.Failure<>(failure, new IOException(message));
  }

  private static Charset charsetOf(ResponseBody body) {
    MediaType type = body == null ? null : body.contentType();
    return type == null ? null : type.charset();
  }
}
