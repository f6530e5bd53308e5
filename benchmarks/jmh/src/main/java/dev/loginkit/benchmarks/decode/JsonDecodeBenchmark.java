package dev.loginkit.benchmarks.decode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.loginkit.benchmarks.BenchAccess;
import dev.loginkit.benchmarks.Generated;
import dev.loginkit.benchmarks.Outcomes;
import dev.loginkit.benchmarks.Payloads;
import dev.loginkit.benchmarks.api.JsonLoginClient;
import dev.loginkit.benchmarks.api.NestedLoginClient;
import dev.loginkit.internal.Operation;
import dev.loginkit.internal.SessionMapper;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
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
import org.openjdk.jmh.annotations.Warmup;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * Benchmark 1: a login JSON answer already in memory, to the typed outcome (session record or
 * classified failure). {@code loginkit} runs the generated client's own compiled operation through
 * the runtime's decode-classify-map path; {@code floor} is hand-written jackson-core streaming; the
 * rest are the peers a user would pick, each followed by the same classification ({@link
 * Outcomes}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonDecodeBenchmark {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  @Param({"flat", "nested", "failure"})
  public String payload;

  private byte[] body;
  private int status;
  private boolean nested;
  private Operation op;
  private SessionMapper<?> mapper;
  private ObjectMapper objectMapper;
  private ObjectReader reader;
  private Converter<ResponseBody, ?> retrofitConverter;
  private feign.codec.Decoder feignDecoder;
  private feign.Request feignRequest;
  private Map<String, Collection<String>> feignHeaders;
  private Class<? extends JsonDtos.Dto> type;

  @Setup
  public void setup() {
    switch (payload) {
      case "flat" -> init(Payloads.JSON_FLAT, 200, false);
      case "nested" -> init(Payloads.JSON_NESTED, 200, true);
      case "failure" -> init(Payloads.JSON_FAILURE, 401, false);
      default -> throw new IllegalArgumentException(payload);
    }
    check();
  }

  private void init(byte[] body, int status, boolean nested) {
    this.body = body;
    this.status = status;
    this.nested = nested;
    Class<?> client = nested ? NestedLoginClient.class : JsonLoginClient.class;
    String constant = nested ? "LOGIN" : "LOGIN_JSON";
    this.op = Generated.operation(client, constant);
    this.mapper = Generated.mapper(client, constant);
    this.type = nested ? JsonDtos.Nested.class : JsonDtos.Flat.class;
    this.objectMapper = new ObjectMapper();
    this.reader = objectMapper.readerFor(type);
    Retrofit retrofit =
        new Retrofit.Builder()
            .baseUrl("https://api.example.com/")
            .addConverterFactory(JacksonConverterFactory.create(objectMapper))
            .build();
    this.retrofitConverter = retrofit.responseBodyConverter(type, new Annotation[0]);
    this.feignDecoder = new feign.jackson.JacksonDecoder(objectMapper);
    this.feignRequest =
        feign.Request.create(
            feign.Request.HttpMethod.POST,
            "https://api.example.com/login",
            Map.of(),
            feign.Request.Body.empty(),
            null);
    this.feignHeaders = Map.of("Content-Type", List.of("application/json; charset=utf-8"));
  }

  /** Every contender must produce the same outcome, or the comparison means nothing. */
  private void check() {
    try {
      String expected = floor().toString();
      String loginkit = ((dev.loginkit.LoginResult<?>) loginkit()).toString();
      for (Object other : List.of(databind(), readTree(), retrofitConverter(), feignDecoder())) {
        if (!other.toString().equals(expected)) {
          throw new IllegalStateException("contenders disagree: " + other + " vs " + expected);
        }
      }
      if (!loginkit.contains(expected)) {
        throw new IllegalStateException("LoginKit disagrees: " + loginkit + " vs " + expected);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Benchmark
  public Object loginkit() {
    return BenchAccess.interpret(op, status, body, mapper);
  }

  @Benchmark
  public Object floor() {
    return nested ? JsonFloor.nested(status, body) : JsonFloor.flat(status, body);
  }

  @Benchmark
  public Object databind() throws IOException {
    JsonDtos.Dto dto = reader.readValue(body);
    return dto.outcome(status);
  }

  @Benchmark
  public Object readTree() throws IOException {
    JsonNode n = objectMapper.readTree(body);
    if (nested) {
      JsonNode session = n.path("result").path("session");
      JsonNode user = n.path("result").path("user");
      JsonNode error = n.path("error");
      return Outcomes.nested(
          status,
          text(session, "id"),
          text(session, "expires"),
          user.path("id").asLong(),
          text(user, "login"),
          text(user.path("profile"), "name"),
          text(error, "code"),
          text(error, "message"));
    }
    JsonNode error = n.path("error");
    return Outcomes.flat(
        status,
        text(n, "status"),
        text(n, "sessionId"),
        n.path("account_id").asLong(),
        text(n, "account_lid"),
        text(n, "ima"),
        text(error, "code"),
        text(error, "message"),
        text(error, "field"));
  }

  @Benchmark
  public Object retrofitConverter() throws IOException {
    JsonDtos.Dto dto = (JsonDtos.Dto) retrofitConverter.convert(ResponseBody.create(body, JSON));
    return dto.outcome(status);
  }

  @Benchmark
  public Object feignDecoder() throws IOException {
    feign.Response response =
        feign.Response.builder()
            .status(status)
            .request(feignRequest)
            .headers(feignHeaders)
            .body(body)
            .build();
    JsonDtos.Dto dto = (JsonDtos.Dto) feignDecoder.decode(response, type);
    return dto.outcome(status);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
