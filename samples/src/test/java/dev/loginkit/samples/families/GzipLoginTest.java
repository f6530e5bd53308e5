package dev.loginkit.samples.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginProtocolException;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.annotations.FailureReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Gzip-compressed answers: OkHttp asks for gzip itself and so inflates the body before LoginKit
 * reads it.
 */
class GzipLoginTest {
  @StartStop public final MockWebServer server = new MockWebServer();

  private GzipLogin client;

  @BeforeEach
  void setUp() {
    client =
        new GzipLoginClient(
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static MockResponse gzipped(int code, String json) throws IOException {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .addHeader("Content-Encoding", "gzip")
        .body(new Buffer().write(gzip(json)))
        .build();
  }

  private void assertRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/login", request.getTarget());
    assertEquals("gzip", request.getHeaders().get("Accept-Encoding"));
    assertEquals("{\"user\":\"ann\",\"password\":\"pw-123\"}", request.getBody().utf8());
  }

  @Test
  void aGzippedSuccessIsInflatedAndRead() throws Exception {
    String motd = "Welcome back, ".repeat(50).trim();
    server.enqueue(gzipped(200, "{\"sessionId\":\"gz-1\",\"motd\":\"" + motd + "\"}"));

    GzipLogin.Session session = client.login("ann", "pw-123");

    assertRequest();
    assertEquals(new GzipLogin.Session("gz-1", motd), session);
  }

  @Test
  void aGzippedFailureIsInflatedAndClassified() throws Exception {
    server.enqueue(gzipped(401, "{\"message\":\"Bad credentials\"}"));

    LoginRejectedException e =
        assertThrows(LoginRejectedException.class, () -> client.login("ann", "pw-123"));

    assertRequest();
    assertEquals(FailureReason.INVALID_CREDENTIALS, e.reason());
    assertEquals("Bad credentials", e.failure().message());
  }

  @Test
  void theResponseCapAppliesToTheInflatedBody() throws Exception {
    // 40 KB of JSON that compresses to well under the 4 KB cap.
    String padding = "a".repeat(40_000);
    byte[] compressed = gzip("{\"sessionId\":\"gz-2\",\"motd\":\"" + padding + "\"}");
    assertTrue(compressed.length < 4_000, "fixture must compress below the cap");
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .addHeader("Content-Encoding", "gzip")
            .body(new Buffer().write(compressed))
            .build());
    GzipLogin capped =
        new GzipLoginClient(
            LoginClientConfig.builder()
                .baseUrl(server.url("/").toString())
                .maxResponseBytes(4_000)
                .build());

    LoginProtocolException e =
        assertThrows(LoginProtocolException.class, () -> capped.login("ann", "pw-123"));

    assertRequest();
    assertEquals(FailureReason.PROTOCOL_ERROR, e.reason());
    assertEquals("PROTOCOL_ERROR (HTTP 200): response body larger than 4000 bytes", e.getMessage());
  }
}
