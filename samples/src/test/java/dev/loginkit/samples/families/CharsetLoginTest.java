package dev.loginkit.samples.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.annotations.FailureReason;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers in ISO-8859-1: the charset of the Content-Type (or of the XML declaration) decides, not
 * UTF-8.
 */
class CharsetLoginTest {
  private static final String NAME = "Renée Fançois-Éloïse";

  @StartStop public final MockWebServer server = new MockWebServer();

  private CharsetLogin client;

  @BeforeEach
  void setUp() {
    client =
        new CharsetLoginClient(
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  /** {@code text} encoded as ISO-8859-1 bytes, so that é is the single byte 0xE9. */
  private static MockResponse latin1(int code, String contentType, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(-23, bytes[text.indexOf('é')], "fixture must hold é as the byte 0xE9");
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", contentType)
        .body(new Buffer().write(bytes))
        .build();
  }

  private void assertRequest(String path) throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertEquals("GET", request.getMethod());
    assertEquals(path + "?user=ren%C3%A9e", request.getTarget());
  }

  @Test
  void jsonInLatin1() throws Exception {
    server.enqueue(
        latin1(
            200,
            "application/json; charset=ISO-8859-1",
            "{\"sessionId\":\"l1-json\",\"displayName\":\"" + NAME + "\"}"));

    CharsetLogin.Session session = client.loginJson("renée");

    assertRequest("/json/login");
    assertEquals(new CharsetLogin.Session("l1-json", NAME), session);
  }

  @Test
  void aJsonFailureMessageInLatin1() throws Exception {
    server.enqueue(
        latin1(401, "application/json; charset=iso-8859-1", "{\"message\":\"Accès refusé\"}"));

    LoginRejectedException e =
        assertThrows(LoginRejectedException.class, () -> client.loginJson("renée"));

    assertRequest("/json/login");
    assertEquals(FailureReason.INVALID_CREDENTIALS, e.reason());
    assertEquals("Accès refusé", e.failure().message());
  }

  @Test
  void xmlInLatin1NamedOnlyByTheContentType() throws Exception {
    server.enqueue(
        latin1(
            200,
            "text/xml; charset=ISO-8859-1",
            "<login><sessionId>l1-xml</sessionId><displayName>" + NAME + "</displayName></login>"));

    CharsetLogin.Session session = client.loginXml("renée");

    assertRequest("/xml/login");
    assertEquals(new CharsetLogin.Session("l1-xml", NAME), session);
  }

  @Test
  void xmlInLatin1NamedByItsDeclarationAndTheContentType() throws Exception {
    server.enqueue(
        latin1(
            200,
            "application/xml; charset=ISO-8859-1",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<login><sessionId>l1-decl</sessionId>"
                + "<displayName>"
                + NAME
                + "</displayName></login>"));

    CharsetLogin.Session session = client.loginXml("renée");

    assertRequest("/xml/login");
    assertEquals(new CharsetLogin.Session("l1-decl", NAME), session);
  }

  @Test
  void xmlInLatin1NamedByTheContentTypeUnderADeclarationWithoutEncoding() throws Exception {
    server.enqueue(
        latin1(
            200,
            "text/xml; charset=ISO-8859-1",
            "<?xml version=\"1.0\"?>\n<login><sessionId>l1-bare-decl</sessionId>"
                + "<displayName>"
                + NAME
                + "</displayName></login>"));

    CharsetLogin.Session session = client.loginXml("renée");

    assertRequest("/xml/login");
    assertEquals(new CharsetLogin.Session("l1-bare-decl", NAME), session);
  }

  @Test
  void xmlInLatin1NamedOnlyByItsDeclaration() throws Exception {
    server.enqueue(
        latin1(
            200,
            "application/xml",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<login><sessionId>l1-only-decl</sessionId>"
                + "<displayName>"
                + NAME
                + "</displayName></login>"));

    CharsetLogin.Session session = client.loginXml("renée");

    assertRequest("/xml/login");
    assertEquals(new CharsetLogin.Session("l1-only-decl", NAME), session);
  }
}
