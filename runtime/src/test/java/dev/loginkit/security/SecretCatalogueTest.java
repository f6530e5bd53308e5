package dev.loginkit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.loginkit.LoginConfigurationException;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.In;
import dev.loginkit.internal.LoginRuntime;
import dev.loginkit.internal.Operation;
import dev.loginkit.internal.Params;
import dev.loginkit.security.Harness.Fmt;
import dev.loginkit.security.Harness.Session;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Secrets: servers echoing them in any spelling get them scrubbed; bad input is refused before
 * anything is sent and the refusal names the parameter only; awkward but valid credentials reach
 * the server unchanged; the opt-in logger and every toString() stay clean.
 */
@Timeout(30)
class SecretCatalogueTest {
  private static final Operation FORM_LOGIN =
      Operation.post("login", "/form", BodyEncoding.FORM, Format.JSON)
          .successWhen("sid")
          .failureDetails("code", "message", "")
          .reads("sid", "n")
          .build();

  private Harness h;

  @BeforeEach
  void start() throws IOException {
    h = new Harness();
  }

  @AfterEach
  void stop() throws Exception {
    h.assertNoLeak();
    h.close();
  }

  static Stream<Arguments> echoedSpellings() {
    String pw = Harness.PASSWORD;
    String json = pw.replace("\\", "\\\\").replace("\"", "\\\"");
    return Stream.of(
        Arguments.of("raw", json),
        Arguments.of("form-encoded", URLEncoder.encode(pw, StandardCharsets.UTF_8)),
        Arguments.of(
            "percent-encoded", URLEncoder.encode(pw, StandardCharsets.UTF_8).replace("+", "%20")),
        Arguments.of(
            "lower-case percent-encoded",
            java.util.regex.Pattern.compile("%[0-9A-F]{2}")
                .matcher(URLEncoder.encode(pw, StandardCharsets.UTF_8))
                .replaceAll(m -> m.group().toLowerCase())),
        Arguments.of(
            "base64", Base64.getEncoder().encodeToString(pw.getBytes(StandardCharsets.UTF_8))),
        Arguments.of(
            "url-safe base64",
            Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(pw.getBytes(StandardCharsets.UTF_8))),
        Arguments.of(
            "json ascii-only",
            json.replace("ä", "\\u00e4").replace("ö", "\\u00F6").replace("/", "\\/")),
        Arguments.of(
            "xml-escaped",
            pw.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")),
        Arguments.of(
            "html numeric references",
            pw.replace("&", "&#38;")
                .replace("<", "&#60;")
                .replace("'", "&#39;")
                .replace("\"", "&#x22;")
                .replace("ä", "&#228;")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("echoedSpellings")
  void serverEchoingThePasswordInAnySpellingIsScrubbed(String spelling, String echoed)
      throws Exception {
    h.enqueue(
        401,
        "application/json",
        "{\"code\":\"E4\",\"message\":\"wrong: " + echoed + " (" + spelling + ")\"}");
    LoginFailure f = h.assertRejected(h.login(Fmt.JSON), FailureReason.INVALID_CREDENTIALS);
    assertTrue(f.message().startsWith("wrong: *** ("), f.message());
    h.assertRequests(1, 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("echoedSpellings")
  void passwordEchoedInAnUnparseableBodyIsScrubbedFromTheExcerpt(String spelling, String echoed)
      throws Exception {
    h.enqueue(200, "text/html", "<p>Password " + echoed + " is wrong</p>");
    LoginFailure f = h.assertProtocolError(h.login(Fmt.JSON));
    assertTrue(f.message().contains("Password *** is wrong"), f.message());
    h.assertRequests(1, 1);
  }

  @Test
  void apiKeyEchoedInAnXmlFailureIsScrubbed() throws Exception {
    h.enqueue(
        200, "text/xml", Fmt.XML.body("rc", "4", "msg", "key " + Harness.API_KEY + " revoked"));
    LoginFailure f = h.assertRejected(h.login(Fmt.XML), FailureReason.INVALID_CREDENTIALS);
    assertEquals("key *** revoked", f.message());
    h.assertRequests(1, 1);
  }

  @Test
  void aShortSecretThatOccursInACodeDoesNotChangeTheClassification() throws Exception {
    h.enqueue(200, "text/xml", Fmt.XML.body("rc", "4", "msg", "bad"));
    LoginResult<Session> result =
        h.runtime().execute(Fmt.XML.op, Fmt.XML.params("4"), Harness.MAPPER);
    LoginFailure f = h.assertRejected(result, FailureReason.INVALID_CREDENTIALS);
    assertEquals("***", f.code()); // still masked in what is shown
    h.assertRequests(1, 1);
  }

  @Test
  void optInLoggerWritesOneRedactedLinePerAttempt() throws Exception {
    h.enqueue(200, "text/xml", Fmt.XML.success());
    h.enqueue(
        401,
        "text/xml",
        Fmt.XML.refusal(
            "password " + Harness.PASSWORD.replace("&", "&amp;").replace("<", "&lt;") + " wrong"));
    LoginRuntime runtime = h.runtime();

    h.assertSuccess(h.login(Fmt.XML, runtime));
    h.assertRejected(h.login(Fmt.XML, runtime), FailureReason.INVALID_CREDENTIALS);

    assertEquals(2, h.logLines.size(), h.logLines.toString());
    assertTrue(
        h.logLines
            .get(0)
            .matches(
                "login GET http://[^ ]+/gw\\.k\\?api=login&uid=alice&pswd=\\*\\*\\* -> 200 in \\d+ ms: SUCCESS"),
        h.logLines.get(0));
    assertTrue(
        h.logLines.get(1).contains("-> 401") && h.logLines.get(1).contains("INVALID_CREDENTIALS"),
        h.logLines.get(1));
    Harness.assertNoSecretIn(h.logLines);
    h.assertRequests(2, 2);
  }

  @Test
  void aFailingLoggerDoesNotChangeTheOutcome() throws Exception {
    h.enqueue(200, "application/json", Fmt.JSON.success());
    LoginResult<Session> result =
        h.login(
            Fmt.JSON,
            h.runtime(
                c ->
                    c.logger(
                        line -> {
                          throw new IllegalStateException("disk full");
                        })));
    h.assertSuccess(result);
    h.assertRequests(1, 1);
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void headerSecretWithALineBreakIsRefusedBeforeSending(Fmt fmt) throws Exception {
    Params params =
        fmt.params(Harness.PASSWORD).secret("X-Token", "Zq9\r\nX-Injected: 1", In.HEADER);
    LoginConfigurationException e =
        assertThrows(
            LoginConfigurationException.class,
            () -> h.runtime().execute(fmt.op, params, Harness.MAPPER));
    assertEquals("value of header 'X-Token' has an invalid character at index 3", e.getMessage());
    Harness.assertNoSecretIn(List.of(e.toString(), Harness.stackTrace(e)));
    h.assertRequests(0, 0);
  }

  @Test
  void headerSecretWithLeadingOrTrailingWhitespaceIsRefusedNotSilentlyTrimmed() throws Exception {
    // Found by RequestEncoderFuzzTest: OkHttp trims header values, so "\tkey" would arrive as
    // "key".
    for (String value : new String[] {"\tZq9-key", "Zq9-key ", " Zq9-key"}) {
      Params params = Fmt.JSON.params(Harness.PASSWORD).secret("X-Token", value, In.HEADER);
      LoginConfigurationException e =
          assertThrows(
              LoginConfigurationException.class,
              () -> h.runtime().execute(Fmt.JSON.op, params, Harness.MAPPER));
      assertEquals(
          "value of header 'X-Token' has leading or trailing whitespace, which HTTP drops",
          e.getMessage());
    }
    h.assertRequests(0, 0);
  }

  @Test
  void cookieSecretWithASeparatorCannotInjectAnotherCookie() throws Exception {
    Params params = Fmt.JSON.params(Harness.PASSWORD).secret("session", "Zq9; admin=1", In.COOKIE);
    LoginConfigurationException e =
        assertThrows(
            LoginConfigurationException.class,
            () -> h.runtime().execute(Fmt.JSON.op, params, Harness.MAPPER));
    assertEquals("value of cookie 'session' has a separator character at index 3", e.getMessage());
    h.assertRequests(0, 0);
  }

  @Test
  void nonAsciiHeaderSecretIsRefusedBeforeSending() throws Exception {
    Params params = Fmt.JSON.params(Harness.PASSWORD).secret("X-Token", "Zq9-ä", In.HEADER);
    LoginConfigurationException e =
        assertThrows(
            LoginConfigurationException.class,
            () -> h.runtime().execute(Fmt.JSON.op, params, Harness.MAPPER));
    assertFalse(e.getMessage().contains("Zq9"), e.getMessage());
    h.assertRequests(0, 0);
  }

  @ParameterizedTest
  @EnumSource(Fmt.class)
  void loneSurrogateInACredentialIsRefusedBeforeSending(Fmt fmt) throws Exception {
    LoginConfigurationException e =
        assertThrows(
            LoginConfigurationException.class,
            () -> h.runtime().execute(fmt.op, fmt.params("Zq9\uD800x"), Harness.MAPPER));
    assertTrue(e.getMessage().contains("lone UTF-16 surrogate at index 3"), e.getMessage());
    assertFalse(e.getMessage().contains("Zq9"));
    h.assertRequests(0, 0);
  }

  @ParameterizedTest
  @EnumSource(
      value = Fmt.class,
      names = {"SOAP", "XML_RPC"})
  void controlCharacterXmlCannotCarryIsRefusedBeforeSending(Fmt fmt) throws Exception {
    LoginConfigurationException e =
        assertThrows(
            LoginConfigurationException.class,
            () -> h.runtime().execute(fmt.op, fmt.params("Zq9\u0000x"), Harness.MAPPER));
    assertTrue(e.getMessage().contains("XML 1.0 cannot carry at index 3"), e.getMessage());
    h.assertRequests(0, 0);
  }

  static Stream<Arguments> awkwardButValidCredentials() {
    return Stream.of(
            "Zq9\r\nline two",
            "Zq9\ttab \"quoted\" \\ back",
            "Zq9]]>&lt;not-an-entity;",
            "Zq9 \uD83D\uDD11 emoji é",
            "Zq9+%2B%%20&=?#/;")
        .flatMap(
            pw ->
                Stream.of("JSON", "XML", "SOAP", "XML_RPC", "FORM")
                    .map(kind -> Arguments.of(kind, pw)));
  }

  @ParameterizedTest(name = "{0} {index}")
  @MethodSource("awkwardButValidCredentials")
  void awkwardCredentialsReachTheServerUnchanged(String kind, String password) throws Exception {
    String sent;
    if (kind.equals("FORM")) {
      h.enqueue(200, "application/json", Fmt.JSON.success());
      h.assertSuccess(
          h.runtime()
              .execute(
                  FORM_LOGIN,
                  new Params().param("user", "alice").secret("password", password),
                  Harness.MAPPER));
      RecordedRequest request = h.server.takeRequest();
      sent = HttpUrl.get("http://h/?" + request.getBody().utf8()).queryParameter("password");
    } else {
      Fmt fmt = Fmt.valueOf(kind);
      h.enqueue(200, fmt.contentType, fmt.success());
      h.assertSuccess(h.runtime().execute(fmt.op, fmt.params(password), Harness.MAPPER));
      RecordedRequest request = h.server.takeRequest();
      sent =
          switch (fmt) {
            case XML -> request.getUrl().queryParameter("pswd");
            case JSON -> jsonField(request.getBody().toByteArray(), "password");
            default ->
                xmlText(
                    request.getBody().toByteArray(),
                    fmt == Fmt.SOAP ? "password" : "string",
                    fmt == Fmt.XML_RPC);
          };
    }
    assertEquals(password, sent);
    h.assertRequests(1, 1);
  }

  private static String jsonField(byte[] body, String name) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(body)) {
      while (parser.nextToken() != null) {
        if (parser.currentToken() == JsonToken.FIELD_NAME && parser.currentName().equals(name)) {
          parser.nextToken();
          return parser.getText();
        }
      }
    }
    return null;
  }

  /**
   * The text of the first {@code element} (for XML-RPC: the string after the member named
   * "password").
   */
  private static String xmlText(byte[] body, String element, boolean afterPasswordMember)
      throws Exception {
    XMLStreamReader reader =
        new WstxInputFactory().createXMLStreamReader(new ByteArrayInputStream(body));
    boolean armed = !afterPasswordMember;
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamConstants.START_ELEMENT) {
        if (reader.getLocalName().equals("name")) {
          armed = reader.getElementText().equals("password");
        } else if (armed && reader.getLocalName().equals(element)) {
          return reader.getElementText();
        }
      }
    }
    return null;
  }

  @Test
  void challengeAndParamsNeverPrintCredentials() throws Exception {
    Operation op =
        Operation.post("login", "/login", BodyEncoding.JSON, Format.JSON)
            .challengeWhen(FailureReason.TWO_FACTOR_REQUIRED, new int[0], "tfa", "required")
            .answeredBy("otp")
            .successWhen("sid")
            .failureDetails("code", "message", "")
            .reads("sid")
            .build();
    h.enqueue(
        200,
        "application/json",
        "{\"tfa\":\"required\",\"message\":\"code sent for "
            + Harness.PASSWORD.replace("\"", "\\\"")
            + "\"}");
    Params params = Fmt.JSON.params(Harness.PASSWORD);
    LoginResult<Session> result = h.runtime().execute(op, params, Harness.MAPPER);
    assertTrue(
        result instanceof LoginResult.Challenge<Session> c && c.canContinue(),
        String.valueOf(result));
    h.assertSecretsAbsent(result);
    Harness.assertNoSecretIn(List.of(params.toString(), op.toString()));
    h.assertRequests(1, 1);
  }
}
