package dev.loginkit.samples.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginProtocolException;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.annotations.FailureReason;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plain-text login: "Ok." with the session in headers, "Fails." and other sentences as failures.
 */
class TextLoginTest {
  private static final String PASSWORD = "tiger 42";

  @StartStop public final MockWebServer server = new MockWebServer();

  private TextLogin client;

  @BeforeEach
  void setUp() {
    client =
        new TextLoginClient(
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  private static MockResponse.Builder text(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "text/plain; charset=utf-8")
        .body(body);
  }

  private void assertRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/cgi-bin/login.cgi", request.getTarget());
    assertEquals("application/x-www-form-urlencoded", request.getHeaders().get("Content-Type"));
    assertEquals("user=scott&pass=tiger+42", request.getBody().utf8());
  }

  @Test
  void okWithTheSessionInAHeaderIsASuccess() throws Exception {
    server.enqueue(
        text(200, "Ok.\r\n")
            .addHeader("X-Session-Id", "cgi-77")
            .addHeader("X-Session-Ttl", "900")
            .build());

    TextLogin.Session session = client.login("scott", PASSWORD);

    assertRequest();
    assertEquals(new TextLogin.Session("cgi-77", 900), session);
  }

  @Test
  void failsIsInvalidCredentials() throws Exception {
    server.enqueue(text(200, "Fails.\n").build());

    LoginRejectedException e =
        assertThrows(LoginRejectedException.class, () -> client.login("scott", PASSWORD));

    assertRequest();
    assertEquals(FailureReason.INVALID_CREDENTIALS, e.reason());
    assertEquals("Fails.", e.failure().message());
    assertNull(e.failure().code());
    assertEquals(200, e.failure().httpStatus());
    assertEquals("INVALID_CREDENTIALS (HTTP 200): Fails.", e.getMessage());
  }

  @Test
  void aPatternRuleCapturesDetailsFromTheText() throws Exception {
    server.enqueue(text(200, "Locked until 2026-12-01.").build());

    LoginRejectedException e =
        assertThrows(LoginRejectedException.class, () -> client.login("scott", PASSWORD));

    assertRequest();
    assertEquals(FailureReason.ACCOUNT_LOCKED, e.reason());
    assertEquals(Map.of("until", "2026-12-01"), e.failure().details());
  }

  @Test
  void anyOtherSentenceIsAnUnknownFailureAndAnEchoedPasswordIsScrubbed() throws Exception {
    server.enqueue(text(200, "Try again, tiger 42 is not it").build());

    LoginRejectedException e =
        assertThrows(LoginRejectedException.class, () -> client.login("scott", PASSWORD));

    assertRequest();
    assertEquals(FailureReason.UNKNOWN, e.reason());
    assertEquals("Try again, *** is not it", e.failure().message());
    assertFalse(e.getMessage().contains(PASSWORD), "password leaked");
  }

  @Test
  void okWithoutTheSessionHeaderIsAProtocolError() throws Exception {
    server.enqueue(text(200, "Ok.").build());

    LoginProtocolException e =
        assertThrows(LoginProtocolException.class, () -> client.login("scott", PASSWORD));

    assertRequest();
    assertEquals(
        "PROTOCOL_ERROR (HTTP 200): successful response lacks header 'X-Session-Id'",
        e.getMessage());
  }

  @Test
  void aServerErrorPageIsServiceUnavailable() throws Exception {
    server.enqueue(text(503, "Service Unavailable").build());

    LoginRejectedException e =
        assertThrows(LoginRejectedException.class, () -> client.login("scott", PASSWORD));

    assertRequest();
    assertEquals(FailureReason.SERVICE_UNAVAILABLE, e.reason());
    assertEquals("Service Unavailable", e.failure().message());
    assertEquals(503, e.failure().httpStatus());
  }
}
