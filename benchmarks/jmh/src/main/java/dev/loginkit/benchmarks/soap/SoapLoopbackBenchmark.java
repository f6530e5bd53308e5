package dev.loginkit.benchmarks.soap;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.benchmarks.CannedServer;
import dev.loginkit.benchmarks.Outcomes;
import dev.loginkit.benchmarks.Payloads;
import dev.loginkit.benchmarks.api.SoapLogin;
import dev.loginkit.benchmarks.api.SoapLoginClient;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 4: a SOAP 1.1 document/literal login over loopback against {@link CannedServer}'s fixed
 * {@code loginResponse}. The floor is OkHttp + a template envelope + hand-written Woodstox; peers
 * are JAX-WS RI 4.0.5 and Apache CXF 4.2.3 proxies of {@link LoginPort}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SoapLoopbackBenchmark {
  private static final String U = Payloads.LOGIN;
  private static final String P = Payloads.PASSWORD;

  private CannedServer.External server;
  private OkHttpClient http;
  private SoapLogin loginkit;
  private SoapFloorClient floor;
  private LoginPort jaxws;
  private LoginPort cxf;

  @Setup
  public void setup() throws IOException {
    server = CannedServer.startProcess();
    String url = server.url();
    http = new OkHttpClient();
    loginkit =
        new SoapLoginClient(LoginClientConfig.builder().baseUrl(url).httpClient(http).build());
    floor = new SoapFloorClient(http, url);
    jaxws = SoapClients.jaxws(url);
    cxf = SoapClients.cxf(url);
    String expected = floor().toString();
    for (Object other : List.of(loginkit(), jaxws(), cxf())) {
      if (!other.toString().equals(expected)) {
        throw new IllegalStateException("contenders disagree: " + other + " vs " + expected);
      }
    }
  }

  @TearDown
  public void tearDown() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public Object loginkit() {
    return loginkit.login(U, P);
  }

  @Benchmark
  public Object floor() throws IOException {
    return floor.login(U, P);
  }

  @Benchmark
  public Object jaxws() {
    LoginReturn r = jaxws.login(U, P);
    return Outcomes.soap(200, null, null, null, r.sessionId, r.userId, r.expires);
  }

  @Benchmark
  public Object cxf() {
    LoginReturn r = cxf.login(U, P);
    return Outcomes.soap(200, null, null, null, r.sessionId, r.userId, r.expires);
  }
}
