package dev.loginkit.samples.sendloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginProtocolException;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.SecretValue;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 001 end to end: the generated client against the seed document's wire example, in XML and
 * JSON.
 */
class SendloopLoginTest {
  private static final String API_KEY = "239ce66c239kdb7d52f1216fda4bf3a23id392";
  private static final String USER = "acmeuser";
  private static final String PASSWORD = "acme pass&word";

  /** The seed's request, with the doc's missing '?' put back and the password encoded. */
  private static final String TARGET_PREFIX =
      "/api/v2/?Command=User.Login&APIKey="
          + API_KEY
          + "&Username=acmeuser&Password=acme%20pass%26word&ResponseFormat=";

  /** The seed's response example, verbatim. */
  private static final String SEED_RESPONSE =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <response>
          <Success><![CDATA[1]]></Success>
          <ErrorCode>
              <subnode_0><![CDATA[0]]></subnode_0>
          </ErrorCode>
          <SessionID><![CDATA[759ekrt4efgolvtnqifboi7b00]]></SessionID>
          <UserInfo>
              <Subdomain><![CDATA[acme]]></Subdomain>
              <MemberSince><![CDATA[2008-01-15 15:26:52]]></MemberSince>
              <FirstName><![CDATA[John]]></FirstName>
              <LastName><![CDATA[Blair]]></LastName>
              <Email><![CDATA[john@acme.com]]></Email>
              <CompanyName><![CDATA[Acme Co.]]></CompanyName>
              <Website><![CDATA[acme.com]]></Website>
              <Street><![CDATA[Acme Street]]></Street>
              <City><![CDATA[Acme City]]></City>
              <State><![CDATA[--]]></State>
              <Zip><![CDATA[20398]]></Zip>
              <Country><![CDATA[US]]></Country>
              <Phone><![CDATA[123456789]]></Phone>
              <Fax><![CDATA[123456789]]></Fax>
              <TimeZone><![CDATA[America/New York]]></TimeZone>
              <APIKey><![CDATA[239ce66c239kdb7d52f1216fda4bf3a23id392]]></APIKey>
              <Language><![CDATA[en]]></Language>
              <LastActivityDateTime><![CDATA[2010-01-26 13:28:37]]></LastActivityDateTime>
          </UserInfo>
      </response>""";

  /** The same fields in Sendloop's JSON spelling; {@code %s} is the ErrorCode value. */
  private static final String JSON_RESPONSE =
      "{\"Success\":true,\"ErrorCode\":%s,"
          + "\"SessionID\":\"759ekrt4efgolvtnqifboi7b00\",\"UserInfo\":{\"Subdomain\":\"acme\","
          + "\"MemberSince\":\"2008-01-15 15:26:52\",\"FirstName\":\"John\",\"LastName\":\"Blair\","
          + "\"Email\":\"john@acme.com\",\"CompanyName\":\"Acme Co.\",\"Website\":\"acme.com\","
          + "\"Street\":\"Acme Street\",\"City\":\"Acme City\",\"State\":\"--\",\"Zip\":\"20398\",\"Country\":\"US\","
          + "\"Phone\":\"123456789\",\"Fax\":\"123456789\",\"TimeZone\":\"America/New York\","
          + "\"APIKey\":\"239ce66c239kdb7d52f1216fda4bf3a23id392\",\"Language\":\"en\","
          + "\"LastActivityDateTime\":\"2010-01-26 13:28:37\"}}";

  private static final SendloopSession EXPECTED_SESSION =
      new SendloopSession(
          "759ekrt4efgolvtnqifboi7b00",
          new UserInfo(
              "acme",
              "2008-01-15 15:26:52",
              "John",
              "Blair",
              "john@acme.com",
              "Acme Co.",
              "America/New York",
              SecretValue.of(API_KEY),
              "en"));

  @StartStop public final MockWebServer server = new MockWebServer();

  private SendloopLogin client;

  @BeforeEach
  void setUp() {
    client =
        new SendloopLoginClient(
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  private static MockResponse xml(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "text/xml; charset=utf-8")
        .body(body)
        .build();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private void assertSeedRequest(String format) throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertEquals("GET", request.getMethod());
    assertEquals(TARGET_PREFIX + format, request.getTarget());
    assertEquals(0, request.getBodySize());
  }

  @Test
  void theSeedXmlResponseGivesTheSessionWithItsUserInfo() throws Exception {
    server.enqueue(xml(SEED_RESPONSE));

    SendloopSession session = client.login(API_KEY, USER, PASSWORD, null);

    assertSeedRequest("XML");
    assertEquals(EXPECTED_SESSION, session);
    assertEquals(API_KEY, session.user().apiKey().reveal());
  }

  @Test
  void askingForXmlExplicitlySendsTheSameRequest() throws Exception {
    server.enqueue(xml(SEED_RESPONSE));

    SendloopSession session = client.login(API_KEY, USER, PASSWORD, Format.XML);

    assertSeedRequest("XML");
    assertEquals(EXPECTED_SESSION, session);
  }

  @Test
  void theEchoedApiKeyNeverPrints() {
    server.enqueue(xml(SEED_RESPONSE));

    SendloopSession session = client.login(API_KEY, USER, PASSWORD, null);

    assertEquals(
        "SendloopSession[sessionId=759ekrt4efgolvtnqifboi7b00, user=UserInfo[subdomain=acme, "
            + "memberSince=2008-01-15 15:26:52, firstName=John, lastName=Blair, email=john@acme.com, "
            + "companyName=Acme Co., timeZone=America/New York, apiKey=***, language=en]]",
        session.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"[0]", "{\"subnode_0\":0}", "0"})
  void theSameFieldsInJsonGiveTheSameSession(String errorCode) throws Exception {
    server.enqueue(json(String.format(JSON_RESPONSE, errorCode)));

    SendloopSession session = client.login(API_KEY, USER, PASSWORD, Format.JSON);

    assertSeedRequest("JSON");
    assertEquals(EXPECTED_SESSION, session);
    assertEquals(API_KEY, session.user().apiKey().reveal());
  }

  @Test
  void jsonSuccessWrittenAsOneAlsoCounts() throws Exception {
    server.enqueue(
        json(String.format(JSON_RESPONSE, "[0]").replace("\"Success\":true", "\"Success\":1")));

    SendloopSession session = client.login(API_KEY, USER, PASSWORD, Format.JSON);

    assertSeedRequest("JSON");
    assertEquals(EXPECTED_SESSION, session);
  }

  /**
   * Sendloop's error table, each code in the XML spelling and in both JSON spellings of ErrorCode.
   */
  static Stream<Arguments> errorTable() {
    Object[][] table = {
      {"1", "Username is missing", FailureReason.MISSING_CREDENTIALS},
      {"2", "Password is missing", FailureReason.MISSING_CREDENTIALS},
      {"3", "API key is missing", FailureReason.MISSING_CREDENTIALS},
      {"4", "Incorrect username or password. Login failed.", FailureReason.INVALID_CREDENTIALS},
      {
        "9998",
        "Unauthorized access. User login required to execute this API call.",
        FailureReason.SESSION_EXPIRED
      },
      {
        "9999",
        "Invalid API call. Please check the API command and try again.",
        FailureReason.INVALID_REQUEST
      },
      {"1234", "Something Sendloop added later", FailureReason.UNKNOWN},
    };
    Stream.Builder<Arguments> out = Stream.builder();
    for (Object[] row : table) {
      for (String syntax : new String[] {"XML", "JSON array", "JSON subnode_0"}) {
        out.add(Arguments.of(syntax, row[0], row[1], row[2]));
      }
    }
    return out.build();
  }

  @ParameterizedTest(name = "{0}: code {1} is {3}")
  @MethodSource("errorTable")
  void everyErrorCodeIsClassifiedInBothSyntaxes(
      String syntax, String code, String message, FailureReason reason) throws Exception {
    Format format;
    if (syntax.equals("XML")) {
      format = Format.XML;
      server.enqueue(
          xml(
              "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<response>\n"
                  + "    <Success><![CDATA[0]]></Success>\n"
                  + "    <ErrorCode>\n        <subnode_0><![CDATA["
                  + code
                  + "]]></subnode_0>\n    </ErrorCode>\n"
                  + "    <ErrorMessage><![CDATA["
                  + message
                  + "]]></ErrorMessage>\n</response>"));
    } else {
      format = Format.JSON;
      String errorCode =
          syntax.equals("JSON array") ? "[" + code + "]" : "{\"subnode_0\":" + code + "}";
      server.enqueue(
          json(
              "{\"Success\":false,\"ErrorCode\":"
                  + errorCode
                  + ",\"ErrorMessage\":\""
                  + message
                  + "\"}"));
    }

    LoginRejectedException e =
        assertThrows(
            LoginRejectedException.class, () -> client.login(API_KEY, USER, PASSWORD, format));

    assertSeedRequest(format.name());
    assertEquals(reason, e.reason());
    assertEquals(code, e.failure().code());
    assertEquals(message, e.failure().message());
    assertNull(e.failure().field());
    assertEquals(200, e.failure().httpStatus());
    assertEquals(Map.of(), e.failure().details());
    assertEquals(reason + " (HTTP 200, code " + code + "): " + message, e.getMessage());
  }

  @Test
  void anErrorMessageEchoingTheCredentialsIsScrubbed() throws Exception {
    server.enqueue(
        json(
            "{\"Success\":false,\"ErrorCode\":[4],\"ErrorMessage\":\"Login failed for key "
                + API_KEY
                + " and password acme pass&word\"}"));

    LoginRejectedException e =
        assertThrows(
            LoginRejectedException.class, () -> client.login(API_KEY, USER, PASSWORD, Format.JSON));

    assertSeedRequest("JSON");
    assertEquals(FailureReason.INVALID_CREDENTIALS, e.reason());
    assertEquals("Login failed for key *** and password ***", e.failure().message());
    assertNoSecret(e.getMessage());
    assertNoSecret(e.failure().toString());
  }

  @Test
  void aJsonAnswerToAnXmlRequestIsAProtocolErrorWithoutSecrets() throws Exception {
    server.enqueue(json("{\"UserInfo\":{\"APIKey\":\"" + API_KEY + "\"},\"Success\":true}"));

    LoginProtocolException e =
        assertThrows(
            LoginProtocolException.class, () -> client.login(API_KEY, USER, PASSWORD, null));

    assertSeedRequest("XML");
    assertEquals(FailureReason.PROTOCOL_ERROR, e.reason());
    assertEquals(200, e.failure().httpStatus());
    assertNoSecret(e.getMessage());
    assertTrue(
        e.getMessage().startsWith("PROTOCOL_ERROR (HTTP 200): malformed XML"), e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith("; body starts: {\"UserInfo\":{\"APIKey\":\"***\"},\"Success\":true}"),
        e.getMessage());
  }

  private static void assertNoSecret(String text) {
    for (String secret : new String[] {API_KEY, PASSWORD, "acme%20pass", "acme+pass"}) {
      assertFalse(
          text.contains(secret), () -> "secret leaked: " + text.replace(secret, "<LEAKED>"));
    }
  }
}
