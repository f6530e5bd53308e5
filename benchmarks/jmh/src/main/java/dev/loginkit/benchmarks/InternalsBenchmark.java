package dev.loginkit.benchmarks;

import dev.loginkit.benchmarks.api.JsonLoginClient;
import dev.loginkit.internal.Operation;
import dev.loginkit.internal.Params;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Not a target: the per-call pieces of a LoginKit login that the floor does not have, measured
 * alone so RESULTS.md can attribute benchmark 3's difference to the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InternalsBenchmark {
  private Operation json;
  private Operation soap;
  private HttpUrl base;
  private okhttp3.OkHttpClient plain;
  private okhttp3.OkHttpClient withCallTimeout;
  private okhttp3.Request get;

  @Setup
  public void setup() {
    json = Generated.operation(JsonLoginClient.class, "LOGIN_JSON");
    soap = Generated.operation(dev.loginkit.benchmarks.api.SoapLoginClient.class, "LOGIN");
    base = HttpUrl.get("http://127.0.0.1:9");
    plain = new okhttp3.OkHttpClient.Builder().addInterceptor(new CannedInterceptor()).build();
    // What LoginRuntime derives from the caller's client: every login call gets a call timeout.
    withCallTimeout = plain.newBuilder().callTimeout(java.time.Duration.ofSeconds(30)).build();
    get = new okhttp3.Request.Builder().url("http://127.0.0.1:9/login").build();
  }

  /** An OkHttp call answered in memory by {@link CannedInterceptor}: the floor's transport cost. */
  @Benchmark
  public Object okhttpCall() throws java.io.IOException {
    try (okhttp3.Response response = plain.newCall(get).execute()) {
      return response.body().bytes();
    }
  }

  /**
   * The same with a call timeout, as LoginKit's derived client has (OkHttp arms a watchdog per
   * call).
   */
  @Benchmark
  public Object okhttpCallWithTimeout() throws java.io.IOException {
    try (okhttp3.Response response = withCallTimeout.newCall(get).execute()) {
      return response.body().bytes();
    }
  }

  private static Params params() {
    return new Params()
        .param("login", Payloads.LOGIN)
        .secret("passwd", Payloads.PASSWORD)
        .param("remember", Payloads.REMEMBER);
  }

  /** The generated method's {@code Params} for one call. */
  @Benchmark
  public Object params1() {
    return params();
  }

  /**
   * {@code Redactor.forSecrets}: created on every call, computing nothing until a message must be
   * redacted.
   */
  @Benchmark
  public Object redactor() {
    return BenchAccess.redactorFor(params());
  }

  /**
   * The first redaction of a call, which computes every spelling of its secrets: paid by failures,
   * excerpts, log lines.
   */
  @Benchmark
  public Object redactorFirstUse() {
    return BenchAccess.firstRedaction(params(), "invalid password for jdoe@example.com");
  }

  /** {@code RequestEncoder.encode} for the JSON body, plus the send-once tag copy. */
  @Benchmark
  public Object encodeJson() {
    return BenchAccess.encode(json, base, params());
  }

  /**
   * The same for the SOAP envelope, which the runtime writes with a new Woodstox stream writer per
   * call.
   */
  @Benchmark
  public Object encodeSoap() {
    return BenchAccess.encode(
        soap,
        base,
        new Params().param("username", Payloads.LOGIN).secret("password", Payloads.PASSWORD));
  }
}
