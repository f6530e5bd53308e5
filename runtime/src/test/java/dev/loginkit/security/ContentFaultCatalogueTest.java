package dev.loginkit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginFailure;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.security.Harness.Fmt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Content faults, each for JSON, XML, SOAP and XML-RPC where it applies: every hostile or broken
 * body on a 2xx is a typed {@code PROTOCOL_ERROR} (or, for faults and codes, a typed refusal) with
 * a short redacted excerpt; one request; no secret; no leaked connection; never an untyped
 * exception.
 */
@Timeout(30)
class ContentFaultCatalogueTest {
  private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  private Harness h;

  @BeforeEach
  void start() throws IOException {
    h = new Harness();
  }

  @AfterEach
  void stop() throws Exception {
    h.assertRequests(1, 1);
    h.assertNoLeak();
    h.close();
  }

  private LoginFailure protocolErrorFor(Fmt fmt, String contentType, String body) {
    h.enqueue(200, contentType, body);
    LoginFailure f = h.assertProtocolError(h.login(fmt));
    assertEquals(200, f.httpStatus());
    assertTrue(f.message().length() < 400, "excerpt too long: " + f.message().length());
    return f;
  }

  private LoginFailure protocolErrorFor(Fmt fmt, String body) {
    return protocolErrorFor(fmt, fmt.contentType, body);
  }

  /**
   * The root element of {@code fmt} wrapped around {@code inner} (inside the SOAP Body / XML-RPC
   * value).
   */
  private static String xmlAround(Fmt fmt, String inner) {
    return switch (fmt) {
      case SOAP ->
          "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
              + "<LoginResponse>"
              + inner
              + "</LoginResponse></soap:Body></soap:Envelope>";
      case XML_RPC ->
          "<methodResponse><params><param><value><struct><member><name>sid</name><value><string>"
              + inner
              + "</string></value></member></struct></value></param></params></methodResponse>";
      default -> "<out><rc>0</rc><sid>" + inner + "</sid></out>";
    };
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void trailingGarbage(Fmt fmt) {
    LoginFailure f = protocolErrorFor(fmt, fmt.success() + " garbage&<");
    assertTrue(f.message().contains("body starts: "), f.message());
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void secondRoot(Fmt fmt) {
    String second =
        fmt == Fmt.JSON
            ? fmt.success()
            : fmt.success().replace(XML_DECL, "").replace("<?xml version=\"1.0\"?>", "");
    protocolErrorFor(fmt, fmt.success() + second);
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void wrongRoot(Fmt fmt) {
    String body =
        switch (fmt) {
          case JSON -> "\"S1\"";
          case XML -> "<html><body><p>S1</p></body></html>";
          case SOAP -> "<Envelope xmlns=\"urn:not-soap\"><Body><sid>S1</sid></Body></Envelope>";
          case XML_RPC -> "<methodCall><methodName>sid</methodName><params/></methodCall>";
        };
    protocolErrorFor(fmt, body);
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void htmlLoginPageWith200(Fmt fmt) {
    LoginFailure f =
        protocolErrorFor(
            fmt,
            "text/html; charset=utf-8",
            "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><form action=\"/login\">"
                + "<input name=\"password\" value=\""
                + Harness.PASSWORD.replace("\"", "&quot;")
                + "\"></form></body></html>");
    assertEquals("text/html; charset=utf-8", f.details().get("contentType"), f.toString());
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void emptyBody(Fmt fmt) {
    LoginFailure f = protocolErrorFor(fmt, "");
    assertFalse(f.message().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void truncatedBody(Fmt fmt) {
    String whole = fmt.success();
    protocolErrorFor(fmt, whole.substring(0, whole.length() / 2));
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void deepNesting(Fmt fmt) {
    int depth = 20_000;
    String body =
        switch (fmt) {
          case JSON -> "{\"sid\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
          case XML_RPC ->
              "<methodResponse><params><param>"
                  + "<value><array><data>".repeat(depth / 10)
                  + "</data></array></value>".repeat(depth / 10)
                  + "</param></params></methodResponse>";
          default -> xmlAround(fmt, "<a>".repeat(depth) + "</a>".repeat(depth));
        };
    protocolErrorFor(fmt, body);
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void hugeString(Fmt fmt) {
    String huge =
        "x".repeat((1 << 20) + 10); // over the 1 MiB string/text limit, under a raised body cap
    String body = fmt == Fmt.JSON ? "{\"sid\":\"" + huge + "\"}" : xmlAround(fmt, huge);
    h.enqueue(200, fmt.contentType, body);
    LoginFailure f =
        h.assertProtocolError(h.login(fmt, h.runtime(c -> c.maxResponseBytes(4L << 20))));
    assertFalse(f.responseTooLarge());
    assertTrue(f.message().length() < 400);
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void hugeNumber(Fmt fmt) {
    String digits = "9".repeat(100);
    String body =
        switch (fmt) {
          case JSON -> "{\"sid\":\"S1\",\"n\":" + digits + "}";
          case XML -> fmt.body("rc", "0", "sid", "S1", "n", digits);
          default -> fmt.body("sid", "S1", "n", digits);
        };
    LoginFailure f = protocolErrorFor(fmt, body);
    if (fmt != Fmt.JSON) {
      assertEquals(
          "field 'n' is not an integer", f.message()); // parsed, then refused by the session mapper
    }
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void invalidUtf8(Fmt fmt) throws Exception {
    String body = fmt == Fmt.JSON ? "{\"sid\":\"S\u0001\"}" : xmlAround(fmt, "S\u0001");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 1) {
        bytes[i] = (byte) 0xC3; // a lead byte followed by '"' or '<': not UTF-8
      }
    }
    h.server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", fmt.contentType + "; charset=utf-8")
            .body(new Buffer().write(bytes))
            .build());
    LoginFailure f = h.assertProtocolError(h.login(fmt));
    assertEquals(200, f.httpStatus());
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void unexpectedContentType(Fmt fmt) {
    boolean json = fmt == Fmt.JSON;
    LoginFailure f =
        protocolErrorFor(
            fmt,
            json ? "application/xml" : "application/json",
            json ? "<out><sid>S1</sid></out>" : "{\"sid\":\"S1\"}");
    assertEquals(
        json ? "application/xml" : "application/json",
        f.details().get("contentType"),
        f.toString());
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void unknownCodeOn200IsAnUnknownRefusalCarryingTheCode(Fmt fmt) {
    String body =
        switch (fmt) {
          case JSON -> fmt.body("code", "E77", "message", "odd");
          case XML -> fmt.body("rc", "77", "msg", "odd");
          default -> fmt.body("code", "E77", "message", "odd");
        };
    h.enqueue(200, fmt.contentType, body);
    LoginFailure f = h.assertRejected(h.login(fmt), FailureReason.UNKNOWN);
    assertTrue(f.code().endsWith("77"), f.code());
    assertEquals("odd", f.message());
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void htmlErrorPageOn503IsServiceUnavailableWithExcerpt(Fmt fmt) {
    h.enqueue(
        503,
        "text/html",
        "<!DOCTYPE html><html><body><h1>503</h1>\n\u001b[31mfake log line\n</body></html>");
    LoginFailure f = h.assertRejected(h.login(fmt), FailureReason.SERVICE_UNAVAILABLE);
    assertFalse(f.message().contains("\n") || f.message().contains("\u001b"), f.message());
  }

  // ---- XML only: DTDs and entities ----

  @ParameterizedTest
  @EnumSource(
      value = Fmt.class,
      names = {"XML", "SOAP", "XML_RPC"})
  void xxeFileEntity(Fmt fmt) {
    String body =
        XML_DECL
            + "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + xmlAround(fmt, "&xxe;");
    LoginFailure f = protocolErrorFor(fmt, body);
    assertFalse(f.message().contains("root:"), f.message());
  }

  @ParameterizedTest
  @EnumSource(
      value = Fmt.class,
      names = {"XML", "SOAP", "XML_RPC"})
  void xxeHttpEntityFetchesNothing(Fmt fmt) throws Exception {
    MockWebServer attacker = h.otherServer();
    String body =
        XML_DECL
            + "<!DOCTYPE r [<!ENTITY xxe SYSTEM \""
            + attacker.url("/xxe")
            + "\">]>"
            + xmlAround(fmt, "&xxe;");
    protocolErrorFor(fmt, body);
    assertEquals(0, attacker.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(
      value = Fmt.class,
      names = {"XML", "SOAP", "XML_RPC"})
  void xxeParameterEntityAndExternalDtdFetchNothing(Fmt fmt) throws Exception {
    MockWebServer attacker = h.otherServer();
    String body =
        XML_DECL
            + "<!DOCTYPE r SYSTEM \""
            + attacker.url("/ext.dtd")
            + "\" [<!ENTITY % p SYSTEM \""
            + attacker.url("/p.dtd")
            + "\"> %p;]>"
            + xmlAround(fmt, "S1");
    protocolErrorFor(fmt, body);
    assertEquals(0, attacker.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(
      value = Fmt.class,
      names = {"XML", "SOAP", "XML_RPC"})
  void billionLaughs(Fmt fmt) {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"ha\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY l")
          .append(i)
          .append(" \"")
          .append(("&l" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    dtd.append("]>");
    long start = System.nanoTime();
    protocolErrorFor(fmt, XML_DECL + dtd + xmlAround(fmt, "&l10;"));
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
  }

  @ParameterizedTest
  @EnumSource(
      value = Fmt.class,
      names = {"XML", "SOAP", "XML_RPC"})
  void undeclaredEntityWithoutDtd(Fmt fmt) {
    protocolErrorFor(fmt, xmlAround(fmt, "&xxe;"));
  }

  // ---- faults ----

  @Test
  void soapFaultOn200IsARefusalWithTheReason() {
    h.enqueue(200, "text/xml", soapFault("soap:Client", "Invalid password"));
    LoginFailure f = h.assertRejected(h.login(Fmt.SOAP), FailureReason.INVALID_CREDENTIALS);
    assertEquals("Invalid password", f.message());
    assertEquals(200, f.httpStatus());
  }

  @Test
  void soapFaultOn500EchoingThePasswordIsScrubbed() {
    String echoed =
        Harness.PASSWORD.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    h.enqueue(500, "text/xml", soapFault("soap:Server", "cannot check " + echoed));
    LoginFailure f = h.assertRejected(h.login(Fmt.SOAP), FailureReason.UNKNOWN);
    assertEquals("cannot check ***", f.message());
    assertEquals("Server", f.code());
    assertEquals(500, f.httpStatus());
  }

  @Test
  void soapClientFaultWithUnknownTextIsInvalidRequest() {
    h.enqueue(200, "text/xml", soapFault("soap:Client", "Unexpected element"));
    LoginFailure f = h.assertRejected(h.login(Fmt.SOAP), FailureReason.INVALID_REQUEST);
    assertEquals("Client", f.code());
  }

  @Test
  void xmlRpcFaultOn200IsClassifiedByItsCode() {
    h.enqueue(
        200,
        "text/xml",
        "<methodResponse><fault><value><struct>"
            + "<member><name>faultCode</name><value><int>4</int></value></member>"
            + "<member><name>faultString</name><value><string>bad login</string></value></member>"
            + "</struct></value></fault></methodResponse>");
    LoginFailure f = h.assertRejected(h.login(Fmt.XML_RPC), FailureReason.INVALID_CREDENTIALS);
    assertEquals("4", f.code());
    assertEquals("bad login", f.message());
  }

  private static String soapFault(String code, String text) {
    return XML_DECL
        + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
        + "<faultcode>"
        + code
        + "</faultcode><faultstring>"
        + text
        + "</faultstring>"
        + "</soap:Fault></soap:Body></soap:Envelope>";
  }
}
