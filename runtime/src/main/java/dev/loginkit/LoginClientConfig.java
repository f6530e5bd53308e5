package dev.loginkit;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * How a generated client reaches its server. Every generated client has a constructor taking one;
 * the no-argument constructor uses {@link #defaults()}.
 *
 * <pre>{@code
 * LoginClientConfig config = LoginClientConfig.builder()
 *     .baseUrl("http://127.0.0.1:8080")        // scheme, host and port only; declared paths are kept
 *     .httpClient(sharedOkHttpClient)          // reuse your pool; LoginKit derives its own settings
 *     .loginTimeout(Duration.ofSeconds(10))  // one deadline for the whole login
 *     .build();
 * GatewayLogin login = new GatewayLoginClient(config);
 * }</pre>
 *
 * <p>Whatever client is passed in, LoginKit turns off retries and redirects for login calls (a
 * login is never sent twice, and credentials never follow a redirect), bounds every login by one
 * deadline, and shares the passed client's dispatcher, interceptors, TLS and proxy settings but not
 * its connection pool: a login always opens a fresh connection and closes it after the answer, so
 * that it can only ever read the answer to its own request (an HTTP/1.1 server may leave bytes on a
 * kept-alive connection that the next request would read as its answer).
 */
public final class LoginClientConfig {
  /** Default deadline of a whole login, from the call of the login method to its outcome. */
  public static final Duration DEFAULT_LOGIN_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Default deadline of a whole login.
   *
   * @deprecated renamed {@link #DEFAULT_LOGIN_TIMEOUT}: the timeout bounds the whole login, not one
   *     call
   */
  @Deprecated public static final Duration DEFAULT_CALL_TIMEOUT = DEFAULT_LOGIN_TIMEOUT;

  /** Default cap on a response body, after decompression. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 1L << 20;

  private static final LoginClientConfig DEFAULTS = builder().build();

  private final HttpUrl baseUrl;
  private final OkHttpClient httpClient;
  private final Duration loginTimeout;
  private final long maxResponseBytes;
  private final System.Logger systemLogger;
  private final Consumer<String> logger;
  private final LoginListener listener;

  private LoginClientConfig(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.httpClient = builder.httpClient;
    this.loginTimeout = builder.loginTimeout;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.systemLogger = builder.systemLogger;
    this.logger = builder.logger;
    this.listener = builder.listener;
  }

  /** The name of the {@link System.Logger} LoginKit logs to by default: {@value}. */
  public static final String LOGGER_NAME = "dev.loginkit";

  /**
   * {@return the configuration without overrides: the declared base URL, a shared default OkHttp
   * client, default limits}
   */
  public static LoginClientConfig defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the overriding base URL (see {@link Builder#baseUrl}), or {@code null} for the
   * declared one}
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** {@return the caller's OkHttp client, or {@code null} for LoginKit's shared default} */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  /**
   * The one deadline of each login, counted from the moment the login method is called: waiting in
   * OkHttp's dispatcher queue (async logins), DNS, connecting, TLS, writing the request, waiting
   * for and reading the whole answer, and a declared {@code @RetryOnce} with its own answer. Past
   * it the login ends as a {@code TRANSPORT_ERROR} whose {@link
   * dev.loginkit.LoginTransportException#timedOut()} is true. A challenge's {@code continueWith} is
   * a new login with a deadline of its own.
   *
   * @return the deadline of each login
   */
  public Duration loginTimeout() {
    return loginTimeout;
  }

  /**
   * The login's deadline.
   *
   * @return the login's deadline
   * @deprecated renamed {@link #loginTimeout()}: it bounds the whole login, every attempt included
   */
  @Deprecated
  public Duration callTimeout() {
    return loginTimeout;
  }

  /** {@return the largest response body accepted, in bytes} */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * Where the one redacted line per login attempt goes, at level {@code DEBUG}: {@code
   * System.getLogger("dev.loginkit")} unless {@link Builder#logger(System.Logger)} set another (a
   * line is built only when that logger is loggable at {@code DEBUG}). With the deprecated {@link
   * Builder#logger(Consumer)}, {@code null}: the lines go to that consumer instead.
   *
   * @return the logger, or {@code null} when a consumer receives the lines
   */
  public System.Logger systemLogger() {
    if (systemLogger != null) {
      return systemLogger;
    }
    return logger != null ? null : DefaultLogger.LOGGER;
  }

  /**
   * The default logger, looked up on first use: the JDK's logging backend costs some 15 ms to start
   * in a fresh JVM, which a program that builds a configuration but never logs in does not pay.
   */
  private static final class DefaultLogger {
    static final System.Logger LOGGER = System.getLogger(LOGGER_NAME);
  }

  /**
   * The consumer set with the deprecated {@link Builder#logger(Consumer)}.
   *
   * @return the consumer of log lines, or {@code null} when they go to {@link #systemLogger()}
   * @deprecated lines go to a {@link System.Logger}; see {@link #systemLogger()}
   */
  @Deprecated
  public Consumer<String> logger() {
    return logger;
  }

  /**
   * The listener told about every attempt, retry and outcome, or {@code null} for none.
   *
   * @return the listener, or {@code null}
   */
  public LoginListener listener() {
    return listener;
  }

  /** Builds a {@link LoginClientConfig}. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private OkHttpClient httpClient;
    private Duration loginTimeout = DEFAULT_LOGIN_TIMEOUT;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private System.Logger systemLogger; // null: the default, looked up on first use
    private Consumer<String> logger;
    private LoginListener listener;

    private Builder() {}

    /**
     * Where calls go instead of the declared base URL: its scheme, host and port replace the
     * declared ones, and its path, if any, is a prefix of the declared path. With a declared {@code
     * https://api.example.com/v2} and a {@code @Post("/login")}, {@code
     * baseUrl("http://127.0.0.1:8080")} calls {@code http://127.0.0.1:8080/v2/login}, and {@code
     * baseUrl("https://gw.internal/acme/")} (a service behind a gateway, or installed under a path)
     * calls {@code https://gw.internal/acme/v2/login}.
     *
     * @param url the base URL: its scheme, host, port and path prefix are used
     * @return this builder
     * @throws LoginConfigurationException if {@code url} is not an absolute http(s) URL, or has a
     *     user name, password, query or fragment (none of which a login could use); the message
     *     shows the URL with any password and query values masked
     */
    public Builder baseUrl(String url) {
      Objects.requireNonNull(url, "url");
      this.baseUrl = BaseUrls.parse(url);
      return this;
    }

    /**
     * The OkHttp client whose dispatcher, interceptors, TLS, proxy and DNS settings logins use;
     * logins never use its connection pool (see the class documentation).
     *
     * @param client the caller's OkHttp client
     * @return this builder
     */
    public Builder httpClient(OkHttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * The one deadline of each login (see {@link LoginClientConfig#loginTimeout()}), including a
     * slowly trickling answer and a declared retry; must be positive. Default 30 seconds.
     *
     * @param timeout the deadline, positive
     * @return this builder
     */
    public Builder loginTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new LoginConfigurationException("login timeout must be positive");
      }
      this.loginTimeout = timeout;
      return this;
    }

    /**
     * The login's deadline.
     *
     * @param timeout the deadline, positive
     * @return this builder
     * @deprecated renamed {@link #loginTimeout(Duration)}: it bounds the whole login, every attempt
     *     included
     */
    @Deprecated
    public Builder callTimeout(Duration timeout) {
      return loginTimeout(timeout);
    }

    /**
     * Cap on a response body in bytes (after decompression); must be positive.
     *
     * @param bytes the cap, positive
     * @return this builder
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes <= 0) {
        throw new LoginConfigurationException("max response bytes must be positive");
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * The {@link System.Logger} that receives one line per login attempt at level {@code DEBUG}
     * ({@code login POST https://host/path?pswd=*** -> 200 in 41 ms: SUCCESS}), with every secret
     * of the call masked as in exception messages; bodies and header values are never logged.
     * Default: {@code System.getLogger("dev.loginkit")}, which the JDK routes to {@code
     * java.util.logging} (where {@code DEBUG} is {@code FINE}, off unless configured) or to SLF4J,
     * Log4j and others through their {@code System.LoggerFinder} bridges. Prefer this to an OkHttp
     * logging interceptor on the client passed to {@link #httpClient}, which sees the request as
     * sent, secrets included.
     *
     * @param logger where the lines go
     * @return this builder
     */
    public Builder logger(System.Logger logger) {
      this.systemLogger = Objects.requireNonNull(logger, "logger");
      this.logger = null;
      return this;
    }

    /**
     * Sends the same redacted lines to {@code logger} instead of the {@link System.Logger}.
     *
     * @param logger receives each line
     * @return this builder
     * @deprecated use {@link #logger(System.Logger)}, or leave the default and configure the logger
     *     named {@code dev.loginkit}; this alias will be removed in a later release
     */
    @Deprecated
    public Builder logger(Consumer<String> logger) {
      this.logger = Objects.requireNonNull(logger, "logger");
      this.systemLogger = null;
      return this;
    }

    /**
     * Tells {@code listener} about every login attempt, declared retry and outcome, with timings
     * and never a secret (see {@link LoginEvent}); {@code loginkit-micrometer} provides one that
     * records Micrometer timers and counters.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(LoginListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** {@return the configuration} */
    public LoginClientConfig build() {
      return new LoginClientConfig(this);
    }
  }
}
