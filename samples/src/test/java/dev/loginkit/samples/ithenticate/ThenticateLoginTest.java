package dev.loginkit.samples.ithenticate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginException;
import dev.loginkit.LoginProtocolException;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.annotations.FailureReason;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 003 end to end: the generated client against iThenticate's XML-RPC answers, all with HTTP
 * 200.
 */
class ThenticateLoginTest {
  private static final String USER = "user@example.com";
  private static final String PASSWORD = "s3cret<&>pass";

  private static final String EXPECTED_REQUEST =
      "<?xml version='1.0' encoding='UTF-8'?>"
          + "<methodCall><methodName>login</methodName><params><param><value><struct>"
          + "<member><name>username</name><value><string>user@example.com</string></value></member>"
          // Woodstox escapes a '>' that opens a text segment, as after '&amp;' here; either
          // spelling is the same XML.
          + "<member><name>password</name><value><string>s3cret&lt;&amp;&gt;pass</string></value></member>"
          + "</struct></value></param></params></methodCall>";

  @StartStop public final MockWebServer server = new MockWebServer();

  private ThenticateLogin client;

  @BeforeEach
  void setUp() {
    client =
        new ThenticateLoginClient(
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  /**
   * A methodResponse whose one param is a struct of {@code members}, pretty-printed as servers do.
   */
  private static MockResponse response(String... members) {
    StringBuilder body =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse>\n"
                + "  <params>\n    <param>\n      <value>\n        <struct>\n");
    for (String member : members) {
      body.append("          ").append(member).append('\n');
    }
    body.append(
        "        </struct>\n      </value>\n    </param>\n  </params>\n</methodResponse>\n");
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "text/xml")
        .body(body.toString())
        .build();
  }

  private static String member(String name, String value) {
    return "<member><name>" + name + "</name><value>" + value + "</value></member>";
  }

  private static String status(int status) {
    return member("api_status", "<int>" + status + "</int>");
  }

  private static String messages(String... messages) {
    StringBuilder values = new StringBuilder("<array><data>");
    for (String message : messages) {
      values.append("<value><string>").append(message).append("</string></value>");
    }
    return member("messages", values.append("</data></array>").toString());
  }

  private void assertSeedRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/rpc", request.getTarget());
    assertEquals("text/xml; charset=utf-8", request.getHeaders().get("Content-Type"));
    assertEquals(EXPECTED_REQUEST, request.getBody().utf8());
  }

  private LoginRejectedException rejected() {
    return assertThrows(LoginRejectedException.class, () -> client.login(USER, PASSWORD));
  }

  @Test
  void aSidIsASessionWithTypedStatusAndTimestamp() throws Exception {
    server.enqueue(
        response(
            member("sid", "<string>d0a1e2f3b4c5</string>"),
            status(200),
            member(
                "response_timestamp", "<dateTime.iso8601>20261122T06:43:40Z</dateTime.iso8601>")));

    ThenticateSession session = client.login(USER, PASSWORD);

    assertSeedRequest();
    assertEquals(
        new ThenticateSession("d0a1e2f3b4c5", 200, Instant.parse("2026-11-22T06:43:40Z")), session);
  }

  @Test
  void aTimestampWithoutOffsetIsUtcAndAnUntypedSidIsAString() throws Exception {
    server.enqueue(
        response(
            member("response_timestamp", "<dateTime.iso8601>20261122T06:43:40</dateTime.iso8601>"),
            member("api_status", "<i4>200</i4>"),
            member("sid", "d0a1e2f3b4c5")));

    ThenticateSession session = client.login(USER, PASSWORD);

    assertSeedRequest();
    assertEquals(
        new ThenticateSession("d0a1e2f3b4c5", 200, Instant.parse("2026-11-22T06:43:40Z")), session);
  }

  @Test
  void sorryFailedToLogInIsInvalidCredentials() throws Exception {
    server.enqueue(response(messages("Sorry, failed to log in."), status(401)));

    LoginRejectedException e = rejected();

    assertSeedRequest();
    assertEquals(FailureReason.INVALID_CREDENTIALS, e.reason());
    assertEquals("401", e.failure().code());
    assertEquals("Sorry, failed to log in.", e.failure().message());
    assertNull(e.failure().field());
    assertEquals(200, e.failure().httpStatus());
    assertEquals(Map.of(), e.failure().details());
    assertEquals(
        "INVALID_CREDENTIALS (HTTP 200, code 401): Sorry, failed to log in.", e.getMessage());
  }

  @Test
  void accessDeniedCarriesTheAddressAsADetail() throws Exception {
    server.enqueue(response(messages("Access denied from 1.2.3.4"), status(403)));

    LoginRejectedException e = rejected();

    assertSeedRequest();
    assertEquals(FailureReason.ACCESS_DENIED, e.reason());
    assertEquals("403", e.failure().code());
    assertEquals("Access denied from 1.2.3.4", e.failure().message());
    assertEquals(Map.of("ip", "1.2.3.4"), e.failure().details());
    assertEquals(200, e.failure().httpStatus());
  }

  @Test
  void theSeedsQuotedAccessDeniedMessageStillMatches() throws Exception {
    // The seed writes the message with a closing typographic quote: Access denied from 127.0.0.1”
    server.enqueue(response(messages("Access denied from 127.0.0.1\u201d"), status(403)));

    LoginRejectedException e = rejected();

    assertSeedRequest();
    assertEquals(FailureReason.ACCESS_DENIED, e.reason());
    assertEquals(Map.of("ip", "127.0.0.1"), e.failure().details());
  }

  @Test
  void withSeveralMessagesTheFirstThatARuleKnowsDecides() throws Exception {
    server.enqueue(
        response(
            messages("Please try again", "Access denied from 1.2.3.4", "Sorry, failed to log in."),
            status(401)));

    LoginRejectedException e = rejected();

    assertSeedRequest();
    assertEquals(FailureReason.ACCESS_DENIED, e.reason());
    assertEquals("Access denied from 1.2.3.4", e.failure().message());
    assertEquals("401", e.failure().code());
  }

  @Test
  void fieldErrorsAreAnInvalidRequestNamingTheField() throws Exception {
    server.enqueue(
        response(
            member(
                "errors",
                "<struct>"
                    + member(
                        "password",
                        "<array><data><value><string>Input must be at least 6 characters. You submitted 3</string></value>"
                            + "</data></array>")
                    + "</struct>"),
            status(500)));

    LoginRejectedException e = rejected();

    assertSeedRequest();
    assertEquals(FailureReason.INVALID_REQUEST, e.reason());
    assertEquals("password", e.failure().field());
    assertEquals("Input must be at least 6 characters. You submitted 3", e.failure().message());
    assertEquals("500", e.failure().code());
    assertEquals(200, e.failure().httpStatus());
    assertEquals(
        "INVALID_REQUEST (HTTP 200, code 500, field password): "
            + "Input must be at least 6 characters. You submitted 3",
        e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "401,INVALID_CREDENTIALS",
    "403,ACCESS_DENIED",
    "404,INVALID_REQUEST",
    "500,INVALID_REQUEST",
    "418,UNKNOWN"
  })
  void onlyAnApiStatusIsClassifiedByTheCodeTable(int apiStatus, FailureReason reason)
      throws Exception {
    server.enqueue(
        response(
            status(apiStatus),
            member(
                "response_timestamp", "<dateTime.iso8601>20261122T06:43:40Z</dateTime.iso8601>")));

    LoginRejectedException e = rejected();

    assertSeedRequest();
    assertEquals(reason, e.reason());
    assertEquals(String.valueOf(apiStatus), e.failure().code());
    assertNull(e.failure().message());
    assertNull(e.failure().field());
    assertEquals(200, e.failure().httpStatus());
    assertEquals(reason + " (HTTP 200, code " + apiStatus + ")", e.getMessage());
  }

  @Test
  void anXmlRpcFaultIsAFailureWithFaultCodeAndString() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/xml")
            .body(
                "<?xml version=\"1.0\"?>\n<methodResponse>\n  <fault>\n    <value>\n      <struct>\n"
                    + "        <member><name>faultCode</name><value><int>4</int></value></member>\n"
                    + "        <member><name>faultString</name><value><string>Too many parameters</string></value></member>\n"
                    + "      </struct>\n    </value>\n  </fault>\n</methodResponse>\n")
            .build());

    LoginRejectedException e = rejected();

    assertSeedRequest();
    assertEquals(FailureReason.UNKNOWN, e.reason());
    assertEquals("4", e.failure().code());
    assertEquals("Too many parameters", e.failure().message());
    assertEquals(200, e.failure().httpStatus());
    assertEquals("UNKNOWN (HTTP 200, code 4): Too many parameters", e.getMessage());
  }

  @Test
  void aFaultStringTheRulesKnowIsClassifiedByThemAndScrubbed() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/xml")
            .body(
                "<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
                    + "<member><name>faultCode</name><value><int>401</int></value></member>"
                    + "<member><name>faultString</name><value><string>Sorry, failed to log in.</string></value></member>"
                    + "</struct></value></fault></methodResponse>")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/xml")
            .body(
                "<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
                    + "<member><name>faultCode</name><value><int>1</int></value></member>"
                    + "<member><name>faultString</name><value><string>bad password s3cret&lt;&amp;&gt;pass</string></value>"
                    + "</member></struct></value></fault></methodResponse>")
            .build());

    LoginRejectedException known = rejected();
    LoginRejectedException echoed = rejected();

    assertSeedRequest();
    assertSeedRequest();
    assertEquals(FailureReason.INVALID_CREDENTIALS, known.reason());
    assertEquals("401", known.failure().code());
    assertEquals(FailureReason.UNKNOWN, echoed.reason());
    assertEquals("bad password ***", echoed.failure().message());
    assertNoPassword(echoed);
  }

  @Test
  void anErrorEchoingThePasswordNeverShowsIt() throws Exception {
    server.enqueue(
        response(
            member(
                "errors",
                "<struct>"
                    + member(
                        "password",
                        "<array><data><value><string>s3cret&lt;&amp;&gt;pass is too weak</string></value></data></array>")
                    + "</struct>"),
            status(500)));

    LoginRejectedException e = rejected();

    assertSeedRequest();
    assertEquals("*** is too weak", e.failure().message());
    assertNoPassword(e);
  }

  @Test
  void aSuccessWithoutApiStatusIsAProtocolErrorAndAnHtmlPageToo() throws Exception {
    server.enqueue(response(member("sid", "<string>d0a1e2f3b4c5</string>")));
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/html")
            .body("<html><body>Maintenance</body></html>")
            .build());

    LoginProtocolException missing =
        assertThrows(LoginProtocolException.class, () -> client.login(USER, PASSWORD));
    LoginProtocolException html =
        assertThrows(LoginProtocolException.class, () -> client.login(USER, PASSWORD));

    assertSeedRequest();
    assertSeedRequest();
    assertEquals(
        "PROTOCOL_ERROR (HTTP 200): successful response lacks body field 'api_status'",
        missing.getMessage());
    assertTrue(
        html.getMessage()
            .startsWith(
                "PROTOCOL_ERROR (HTTP 200): XML-RPC response lacks <methodResponse>; body starts: <html>"),
        html.getMessage());
  }

  private static void assertNoPassword(LoginException e) {
    for (String text : new String[] {e.getMessage(), e.failure().toString()}) {
      for (String spelling : new String[] {PASSWORD, "s3cret&lt;", "s3cret<"}) {
        assertFalse(
            text.contains(spelling),
            () -> "password leaked: " + text.replace(spelling, "<LEAKED>"));
      }
    }
  }
}
