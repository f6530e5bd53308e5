package dev.loginkit.samples.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 000 end to end: the generated client against replays of what PHP's SoapServer answers for
 * InterServer's {@code api_login} (SOAP 1.1, rpc/encoded).
 */
class InterServerSoapLoginTest {
  private static final String USER = "user@domain.com";
  private static final String PASSWORD = "my<pass>&word";
  private static final String SESSION = "434ee20ee37a5ce6a2ec4b1e6953b86f";

  /**
   * What PHP's SoapClient sends, and so what LoginKit must send: rpc/encoded, xsi:type on every
   * part.
   */
  private static final String EXPECTED_REQUEST =
      "<?xml version='1.0' encoding='UTF-8'?>"
          + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns1=\"urn:myapi\""
          + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
          + " xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\">"
          + "<SOAP-ENV:Body>"
          + "<ns1:api_login SOAP-ENV:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\">"
          + "<username xsi:type=\"xsd:string\">user@domain.com</username>"
          + "<password xsi:type=\"xsd:string\">my&lt;pass>&amp;word</password>"
          + "</ns1:api_login>"
          + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";

  /**
   * PHP SoapServer's envelope prologue, namespace declarations and encodingStyle on the Envelope.
   */
  private static final String PHP_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns1=\"urn:myapi\""
          + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
          + " xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\""
          + " SOAP-ENV:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><SOAP-ENV:Body>";

  private static final String PHP_END = "</SOAP-ENV:Body></SOAP-ENV:Envelope>\n";

  private static final String PHP_SUCCESS =
      PHP_START
          + "<ns1:api_loginResponse><return xsi:type=\"xsd:string\">"
          + SESSION
          + "</return></ns1:api_loginResponse>"
          + PHP_END;

  @StartStop public final MockWebServer server = new MockWebServer();

  private InterServerSoapLogin client;

  @BeforeEach
  void setUp() {
    client =
        new InterServerSoapLoginClient(
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  private static MockResponse soap(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "text/xml; charset=utf-8")
        .body(body)
        .build();
  }

  private static String phpFault(String code, String message) {
    return PHP_START
        + "<SOAP-ENV:Fault><faultcode>SOAP-ENV:"
        + code
        + "</faultcode><faultstring>"
        + message
        + "</faultstring></SOAP-ENV:Fault>"
        + PHP_END;
  }

  @Test
  void sendsTheRpcEncodedEnvelopePhpExpectsAndReadsTheSessionFromReturn() throws Exception {
    server.enqueue(soap(200, PHP_SUCCESS));

    SoapSession session = client.api_login(USER, PASSWORD);

    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/api.php", request.getTarget());
    assertEquals("text/xml; charset=utf-8", request.getHeaders().get("Content-Type"));
    assertEquals("\"\"", request.getHeaders().get("SOAPAction"));
    assertEquals(EXPECTED_REQUEST, request.getBody().utf8());
    assertEquals(new SoapSession(SESSION), session);
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 200})
  void aFaultIsARefusedLoginWhateverTheHttpStatus(int status) throws Exception {
    server.enqueue(soap(status, phpFault("Server", "Invalid Login")));

    LoginRejectedException e =
        assertThrows(LoginRejectedException.class, () -> client.api_login(USER, PASSWORD));

    assertEquals(FailureReason.INVALID_CREDENTIALS, e.reason());
    assertEquals("Server", e.failure().code());
    assertEquals("Invalid Login", e.failure().message());
    assertNull(e.failure().field());
    assertEquals(status, e.failure().httpStatus());
    assertEquals(Map.of(), e.failure().details());
    assertEquals(
        "INVALID_CREDENTIALS (HTTP " + status + ", code Server): Invalid Login", e.getMessage());
    assertEquals(EXPECTED_REQUEST, server.takeRequest().getBody().utf8());
  }

  @Test
  void aFaultTheRuleDoesNotKnowIsUnknownAndAClientFaultAnInvalidRequest() throws Exception {
    server.enqueue(soap(500, phpFault("Server", "Database is down")));
    server.enqueue(soap(500, phpFault("Client", "Procedure 'api_login' not present")));

    LoginRejectedException server500 =
        assertThrows(LoginRejectedException.class, () -> client.api_login(USER, PASSWORD));
    LoginRejectedException client500 =
        assertThrows(LoginRejectedException.class, () -> client.api_login(USER, PASSWORD));

    assertEquals(FailureReason.UNKNOWN, server500.reason());
    assertEquals("Server", server500.failure().code());
    assertEquals("Database is down", server500.failure().message());
    assertEquals(FailureReason.INVALID_REQUEST, client500.reason());
    assertEquals("Client", client500.failure().code());
    assertEquals("Procedure 'api_login' not present", client500.failure().message());
    assertEquals(EXPECTED_REQUEST, server.takeRequest().getBody().utf8());
    assertEquals(EXPECTED_REQUEST, server.takeRequest().getBody().utf8());
  }

  @Test
  void aFaultEchoingThePasswordNeverShowsIt() throws Exception {
    // The server writes the password XML-escaped, as any SOAP stack would.
    server.enqueue(
        soap(500, phpFault("Server", "Invalid password my&lt;pass&gt;&amp;word for " + USER)));

    LoginRejectedException e =
        assertThrows(LoginRejectedException.class, () -> client.api_login(USER, PASSWORD));

    assertEquals(FailureReason.INVALID_CREDENTIALS, e.reason());
    assertEquals("Invalid password *** for " + USER, e.failure().message());
    assertNoPassword(e.getMessage());
    assertNoPassword(e.failure().toString());
    assertNoPassword(e.toString());
    assertEquals(EXPECTED_REQUEST, server.takeRequest().getBody().utf8());
  }

  @Test
  void anyPrefixNamespaceOrderAndWhitespaceStillParse() throws Exception {
    String success =
        "<?xml version=\"1.0\"?>\n"
            + "<env:Envelope\n    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
            + "    xmlns:api=\"urn:myapi\"\n    xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\">\n"
            + "  <env:Header>\n    <api:Trace>abc</api:Trace>\n  </env:Header>\n"
            + "  <env:Body>\n    <api:api_loginResponse>\n"
            + "      <return xsi:type=\"xsd:string\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">\n        "
            + SESSION
            + "\n      </return>\n    </api:api_loginResponse>\n  </env:Body>\n</env:Envelope>\n";
    String fault =
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soap:Body>\n  <soap:Fault>\n    <faultcode xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">s:Server</faultcode>\n"
            + "    <faultstring>  Incorrect username  </faultstring>\n  </soap:Fault>\n</soap:Body></soap:Envelope>";
    server.enqueue(soap(200, success));
    server.enqueue(soap(500, fault));

    SoapSession session = client.api_login(USER, PASSWORD);
    LoginRejectedException e =
        assertThrows(LoginRejectedException.class, () -> client.api_login(USER, PASSWORD));

    assertEquals(new SoapSession(SESSION), session);
    assertEquals(FailureReason.INVALID_CREDENTIALS, e.reason());
    assertEquals("Server", e.failure().code());
    assertEquals("Incorrect username", e.failure().message());
    assertEquals(EXPECTED_REQUEST, server.takeRequest().getBody().utf8());
    assertEquals(EXPECTED_REQUEST, server.takeRequest().getBody().utf8());
  }

  @Test
  void aMalformedEnvelopeIsAProtocolErrorWithoutThePassword() throws Exception {
    server.enqueue(
        soap(
            200,
            PHP_START
                + "<ns1:api_loginResponse><return>"
                + SESSION
                + "</ns1:api_loginResponse>"
                + PHP_END));

    LoginProtocolException e =
        assertThrows(LoginProtocolException.class, () -> client.api_login(USER, PASSWORD));

    assertEquals(FailureReason.PROTOCOL_ERROR, e.reason());
    assertEquals(200, e.failure().httpStatus());
    assertTrue(
        e.getMessage().startsWith("PROTOCOL_ERROR (HTTP 200): malformed SOAP envelope"),
        e.getMessage());
    assertNoPassword(e.getMessage());
    assertEquals(EXPECTED_REQUEST, server.takeRequest().getBody().utf8());
  }

  @Test
  void aBodyThatIsNotASoapEnvelopeIsAProtocolError() throws Exception {
    server.enqueue(
        soap(
            200,
            "<?xml version=\"1.0\"?><api_loginResponse><return>"
                + SESSION
                + "</return></api_loginResponse>"));

    LoginProtocolException e =
        assertThrows(LoginProtocolException.class, () -> client.api_login(USER, PASSWORD));

    assertEquals(FailureReason.PROTOCOL_ERROR, e.reason());
    assertTrue(
        e.getMessage().startsWith("PROTOCOL_ERROR (HTTP 200): response is not a SOAP envelope"),
        e.getMessage());
    assertEquals(EXPECTED_REQUEST, server.takeRequest().getBody().utf8());
  }

  @Test
  void aResponseWithoutReturnIsAProtocolErrorNamingTheField() throws Exception {
    server.enqueue(soap(200, PHP_START + "<ns1:api_loginResponse/>" + PHP_END));

    LoginProtocolException e =
        assertThrows(LoginProtocolException.class, () -> client.api_login(USER, PASSWORD));

    assertEquals(
        "PROTOCOL_ERROR (HTTP 200): successful response lacks body field 'return'", e.getMessage());
    assertEquals(EXPECTED_REQUEST, server.takeRequest().getBody().utf8());
  }

  /** Fails if any spelling of the password is in {@code text}, without printing the password. */
  private static void assertNoPassword(String text) {
    for (String spelling : new String[] {PASSWORD, "my&lt;pass", "pass>&", "pass&gt;"}) {
      assertFalse(
          text.contains(spelling), () -> "password leaked: " + text.replace(spelling, "<LEAKED>"));
    }
  }
}
