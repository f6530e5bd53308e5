package dev.loginkit.samples.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginProtocolException;
import dev.loginkit.SecretValue;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A login whose token travels in a response header, read next to body fields. */
class HeaderSessionLoginTest {
  private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl";

  @StartStop public final MockWebServer server = new MockWebServer();

  private HeaderSessionLogin client;

  @BeforeEach
  void setUp() {
    client =
        new HeaderSessionLoginClient(
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  private static MockResponse.Builder json(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(body);
  }

  private void assertRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/v1/auth", request.getTarget());
    assertEquals("application/json; charset=utf-8", request.getHeaders().get("Content-Type"));
    assertEquals(
        "{\"email\":\"ann@example.com\",\"password\":\"hunter2\"}", request.getBody().utf8());
  }

  @Test
  void theTokenHeaderAndTheBodyMakeTheSession() throws Exception {
    server.enqueue(
        json("{\"user\":{\"id\":9007199254740993,\"email\":\"ann@example.com\"}}")
            .addHeader("X-Auth-Token", TOKEN)
            .addHeader("X-Auth-Expires-In", "3600")
            .build());

    HeaderSessionLogin.Session session = client.login("ann@example.com", "hunter2");

    assertRequest();
    assertEquals(
        new HeaderSessionLogin.Session(
            SecretValue.of(TOKEN), 3600L, 9007199254740993L, "ann@example.com"),
        session);
    assertEquals(
        "Session[token=***, expiresIn=3600, userId=9007199254740993, email=ann@example.com]",
        session.toString());
  }

  @Test
  void headerNamesMatchWhateverTheirCase() throws Exception {
    server.enqueue(
        json("{\"user\":{\"id\":1,\"email\":\"ann@example.com\"}}")
            .addHeader("x-auth-token", TOKEN)
            .build());

    HeaderSessionLogin.Session session = client.login("ann@example.com", "hunter2");

    assertRequest();
    assertEquals(
        new HeaderSessionLogin.Session(SecretValue.of(TOKEN), null, 1L, "ann@example.com"),
        session);
  }

  @Test
  void aMissingTokenHeaderIsAProtocolError() throws Exception {
    server.enqueue(
        json("{\"user\":{\"id\":1,\"email\":\"ann@example.com\"},\"X-Auth-Token\":\"in-body\"}")
            .build());

    LoginProtocolException e =
        assertThrows(
            LoginProtocolException.class, () -> client.login("ann@example.com", "hunter2"));

    assertRequest();
    assertEquals(
        "PROTOCOL_ERROR (HTTP 200): successful response lacks header 'X-Auth-Token'",
        e.getMessage());
  }

  @Test
  void aMalformedLifetimeHeaderIsAProtocolErrorThatDoesNotQuoteIt() throws Exception {
    server.enqueue(
        json("{\"user\":{\"id\":1,\"email\":\"ann@example.com\"}}")
            .addHeader("X-Auth-Token", TOKEN)
            .addHeader("X-Auth-Expires-In", "soon")
            .build());

    LoginProtocolException e =
        assertThrows(
            LoginProtocolException.class, () -> client.login("ann@example.com", "hunter2"));

    assertRequest();
    assertEquals(
        "PROTOCOL_ERROR (HTTP 200): field 'X-Auth-Expires-In' is not an integer", e.getMessage());
  }
}
