package dev.loginkit.samples.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginConfigurationException;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.annotations.FailureReason;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Request headers: an interface-wide constant, a method constant Referer, and a secret API key. */
class HeadersLoginTest {
  private static final String API_KEY = "ak_live_5f1e2d3c4b5a";
  private static final String PASSWORD = "correct horse";

  @StartStop public final MockWebServer server = new MockWebServer();

  private HeadersLogin client;

  @BeforeEach
  void setUp() {
    client =
        new HeadersLoginClient(
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void theHeadersTravelAsHeadersAndTheRestInTheBody() throws Exception {
    server.enqueue(json(200, "{\"sessionId\":\"hdr-1\"}"));

    HeadersLogin.Session session = client.login(API_KEY, "ann", PASSWORD);

    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/api/login", request.getTarget());
    assertEquals(List.of("XMLHttpRequest"), request.getHeaders().values("X-Requested-With"));
    assertEquals(
        List.of("https://portal.example.test/login"), request.getHeaders().values("Referer"));
    assertEquals(List.of(API_KEY), request.getHeaders().values("X-Api-Key"));
    assertEquals("application/json; charset=utf-8", request.getHeaders().get("Content-Type"));
    assertEquals("{\"user\":\"ann\",\"password\":\"correct horse\"}", request.getBody().utf8());
    assertEquals(new HeadersLogin.Session("hdr-1"), session);
  }

  @Test
  void aServerEchoingTheApiKeyGetsItScrubbed() throws Exception {
    server.enqueue(json(403, "{\"message\":\"API key " + API_KEY + " is revoked\"}"));

    LoginRejectedException e =
        assertThrows(LoginRejectedException.class, () -> client.login(API_KEY, "ann", PASSWORD));

    RecordedRequest request = server.takeRequest();
    assertEquals("/api/login", request.getTarget());
    assertEquals(List.of(API_KEY), request.getHeaders().values("X-Api-Key"));
    assertEquals("{\"user\":\"ann\",\"password\":\"correct horse\"}", request.getBody().utf8());
    assertEquals(FailureReason.ACCESS_DENIED, e.reason());
    assertEquals("API key *** is revoked", e.failure().message());
    assertEquals("ACCESS_DENIED (HTTP 403): API key *** is revoked", e.getMessage());
  }

  @Test
  void aHeaderValueWithALineBreakIsRefusedBeforeSendingWithoutQuotingIt() {
    LoginConfigurationException e =
        assertThrows(
            LoginConfigurationException.class,
            () -> client.login("ak_live\r\nX-Evil: 1", "ann", PASSWORD));

    assertEquals("value of header 'X-Api-Key' has an invalid character at index 7", e.getMessage());
    assertFalse(e.getMessage().contains("ak_live"), "api key leaked");
    assertEquals(0, server.getRequestCount());
  }
}
