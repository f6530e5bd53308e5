package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.loginkit.CallTracker;
import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.Format;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The whole path with a fuzzed server: status, headers and body come from the fuzzer through a
 * MockWebServer; the login is sent once, ends in one typed outcome, leaks no secret in any text or
 * log line, and leaves no connection in use. The normal build replays the stored inputs.
 */
class EndToEndFuzzTest {
  private static final Format[] FORMATS = {
    Format.JSON, Format.XML, Format.SOAP, Format.XML_RPC, Format.TEXT
  };

  /**
   * Framing headers would only make the client wait for bytes that never come (the call timeout).
   */
  private static final Set<String> FRAMING =
      Set.of("content-length", "transfer-encoding", "connection");

  private static MockWebServer server;
  private static OkHttpClient client;
  private static final ConnectionPool POOL = new ConnectionPool();
  private static final CallTracker CALLS = new CallTracker();

  @BeforeAll
  static void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client = new OkHttpClient.Builder().connectionPool(POOL).eventListener(CALLS).build();
  }

  @AfterAll
  static void stop() {
    server.close();
    client.dispatcher().executorService().shutdown();
    POOL.evictAll();
  }

  @FuzzTest(maxDuration = "10m")
  void fuzz(FuzzedDataProvider data) throws Exception {
    // The fuzzed server is this test's own; Jazzer's SSRF detector stays on for any other address.
    // Set on every run, not in @BeforeAll: Jazzer installs its agent and detectors after that.
    int port = server.getPort();
    SilentCloseable allowed = BugDetectors.allowNetworkConnections((host, p) -> p == port);
    try {
      run(data);
    } finally {
      allowed.close();
    }
  }

  private void run(FuzzedDataProvider data) throws Exception {
    Format format = FORMATS[data.consumeInt(0, FORMATS.length - 1)];
    int status = data.consumeInt(200, 599);
    long maxBytes = data.consumeLong(16, 1 << 16);
    MockResponse.Builder response = new MockResponse.Builder().code(status);
    int headers = data.consumeInt(0, 4);
    for (int i = 0; i < headers; i++) {
      String name = data.consumeAsciiString(24).replaceAll("[^!#$%&'*+.^_`|~0-9A-Za-z-]", "");
      String value = data.consumeAsciiString(64).replaceAll("[^\\x20-\\x7e\\t]", "");
      if (!name.isEmpty() && !FRAMING.contains(name.toLowerCase(Locale.ROOT))) {
        response.addHeaderLenient(
            name,
            FuzzSupport.withSecret(value.getBytes()).length == value.length()
                ? value
                : new String(
                    FuzzSupport.withSecret(value.getBytes()),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    byte[] body = FuzzSupport.withSecret(data.consumeRemainingAsBytes());
    server.enqueue(response.body(new Buffer().write(body)).build());

    List<String> log = Collections.synchronizedList(new ArrayList<>());
    LoginRuntime runtime =
        new LoginRuntime(
            "https://login.example.com",
            LoginClientConfig.builder()
                .baseUrl(server.url("/").toString())
                .httpClient(client)
                .loginTimeout(Duration.ofSeconds(2))
                .maxResponseBytes(maxBytes)
                .logger(log::add)
                .build());
    int sendsBefore = CALLS.wireSends();
    int receivedBefore = server.getRequestCount();

    LoginResult<String> result =
        runtime.execute(FuzzSupport.op(format), FuzzSupport.params(), FuzzSupport.MAPPER);

    FuzzSupport.assertClean(result, log);
    assertEquals(1, CALLS.wireSends() - sendsBefore, "requests written");
    assertEquals(1, server.getRequestCount() - receivedBefore, "requests received");
    assertEquals(1, log.size());
    assertTrue(CALLS.awaitAllEnded(Duration.ofSeconds(10)), "call still running");
    assertTrue(POOL.connectionCount() == POOL.idleConnectionCount(), "connection left in use");
  }
}
