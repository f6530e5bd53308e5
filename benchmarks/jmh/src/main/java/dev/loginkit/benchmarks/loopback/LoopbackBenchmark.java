package dev.loginkit.benchmarks.loopback;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loginkit.LoginClientConfig;
import dev.loginkit.benchmarks.CannedInterceptor;
import dev.loginkit.benchmarks.CannedServer;
import dev.loginkit.benchmarks.Payloads;
import dev.loginkit.benchmarks.api.JsonLogin;
import dev.loginkit.benchmarks.api.JsonLoginClient;
import dev.loginkit.benchmarks.decode.JsonDtos;
import feign.Feign;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * Benchmark 3: a whole login — build the request, send it, read and decode the answer into the
 * session — in four request encodings. {@code transport=loopback} goes through a real socket to
 * {@link CannedServer} (in a child process, so that -prof gc counts the client only); {@code
 * transport=memory} answers from an OkHttp interceptor ({@link CannedInterceptor}), exposing pure
 * framework cost. All contenders share one OkHttp connection pool and dispatcher (LoginKit derives
 * its client from the one passed in).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LoopbackBenchmark {
  @Param({"query", "form", "multipart", "json"})
  public String encoding;

  @Param({"loopback", "memory"})
  public String transport;

  private static final String L = Payloads.LOGIN;
  private static final String P = Payloads.PASSWORD;
  private static final String R = Payloads.REMEMBER;

  private CannedServer.External server;
  private OkHttpClient http;
  private int kind;
  private JsonLogin loginkit;
  private FloorClient floor;
  private RetrofitApi retrofit;
  private FeignApi feign;

  @Setup
  public void setup() throws IOException {
    String url;
    if (transport.equals("loopback")) {
      server = CannedServer.startProcess();
      url = server.url();
      http = new OkHttpClient();
    } else {
      url = "http://127.0.0.1:9";
      http = new OkHttpClient.Builder().addInterceptor(new CannedInterceptor()).build();
    }
    kind = List.of("query", "form", "multipart", "json").indexOf(encoding);
    ObjectMapper mapper = new ObjectMapper();
    loginkit =
        new JsonLoginClient(LoginClientConfig.builder().baseUrl(url).httpClient(http).build());
    floor = new FloorClient(http, url);
    retrofit =
        new Retrofit.Builder()
            .baseUrl(url + "/")
            .client(http)
            .addConverterFactory(JacksonConverterFactory.create(mapper))
            .build()
            .create(RetrofitApi.class);
    feign =
        Feign.builder()
            .client(new feign.okhttp.OkHttpClient(http))
            .encoder(new feign.form.FormEncoder(new feign.jackson.JacksonEncoder(mapper)))
            .decoder(new feign.jackson.JacksonDecoder(mapper))
            .target(FeignApi.class, url);
    String expected = floor().toString();
    for (Object other : List.of(loginkit(), retrofit(), feign())) {
      if (!other.toString().equals(expected)) {
        throw new IllegalStateException("contenders disagree: " + other + " vs " + expected);
      }
    }
  }

  @TearDown
  public void tearDown() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    if (server != null) {
      server.close();
    }
  }

  @Benchmark
  public Object loginkit() {
    return switch (kind) {
      case 0 -> loginkit.loginQuery(L, P, R);
      case 1 -> loginkit.loginForm(L, P, R);
      case 2 -> loginkit.loginMultipart(L, P, R);
      default -> loginkit.loginJson(L, P, R);
    };
  }

  @Benchmark
  public Object floor() throws IOException {
    return switch (kind) {
      case 0 -> floor.query(L, P, R);
      case 1 -> floor.form(L, P, R);
      case 2 -> floor.multipart(L, P, R);
      default -> floor.json(L, P, R);
    };
  }

  @Benchmark
  public Object retrofit() throws IOException {
    retrofit2.Response<JsonDtos.Flat> response =
        switch (kind) {
          case 0 -> retrofit.query(L, P, R).execute();
          case 1 -> retrofit.form(L, P, R).execute();
          case 2 ->
              retrofit
                  .multipart(
                      MultipartBody.Part.createFormData("login", L),
                      MultipartBody.Part.createFormData("passwd", P),
                      MultipartBody.Part.createFormData("remember", R))
                  .execute();
          default -> retrofit.json(new LoginRequest(L, P, R)).execute();
        };
    return response.body().outcome(response.code());
  }

  @Benchmark
  public Object feign() {
    JsonDtos.Flat dto =
        switch (kind) {
          case 0 -> feign.query(L, P, R);
          case 1 -> feign.form(L, P, R);
          case 2 -> feign.multipart(L, P, R);
          default -> feign.json(new LoginRequest(L, P, R));
        };
    return dto.outcome(200);
  }
}
