package dev.loginkit.samples.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.annotations.FailureReason;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A form-encoded login: the exact body on the wire, and the JSON answer as a session or a failure.
 */
class FormLoginTest {
  private static final String PASSWORD = "p&ss=w rd+é/?";

  @StartStop public final MockWebServer server = new MockWebServer();

  private FormLogin client;

  @BeforeEach
  void setUp() {
    client =
        new FormLoginClient(
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
  void postsTheFormFieldsInOrderPercentEncoded() throws Exception {
    server.enqueue(json(200, "{\"token\":\"tok-1\",\"user\":{\"name\":\"José\"}}"));

    FormLogin.Session session = client.login("josé@example.com", PASSWORD, true, "/home?tab=1");

    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/account/login", request.getTarget());
    assertEquals("application/x-www-form-urlencoded", request.getHeaders().get("Content-Type"));
    String body = request.getBody().utf8();
    assertEquals(
        "action=login&username=jos%C3%A9%40example.com&password=p%26ss%3Dw+rd%2B%C3%A9%2F%3F"
            + "&remember=true&next=%2Fhome%3Ftab%3D1",
        body);
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("action", "login");
    expected.put("username", "josé@example.com");
    expected.put("password", PASSWORD);
    expected.put("remember", "true");
    expected.put("next", "/home?tab=1");
    assertEquals(expected, decode(body));
    assertEquals(new FormLogin.Session("tok-1", "José"), session);
  }

  @Test
  void anOptionalFieldThatIsNullIsLeftOut() throws Exception {
    server.enqueue(json(200, "{\"token\":\"tok-2\"}"));

    FormLogin.Session session = client.login("ann", "pw", false, null);

    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/account/login", request.getTarget());
    assertEquals("action=login&username=ann&password=pw&remember=false", request.getBody().utf8());
    assertEquals(new FormLogin.Session("tok-2", null), session);
  }

  @Test
  void anUnauthorizedAnswerIsInvalidCredentialsAndTheEchoedPasswordIsScrubbed() throws Exception {
    // Some servers echo the submitted form back, encoded as it was sent.
    server.enqueue(
        json(
            401,
            "{\"error\":\"invalid_grant\",\"error_description\":"
                + "\"Bad password p%26ss%3Dw+rd%2B%C3%A9%2F%3F (p&ss=w rd+é/?)\"}"));

    LoginRejectedException e =
        assertThrows(
            LoginRejectedException.class, () -> client.login("ann", PASSWORD, false, null));

    assertEquals(
        "action=login&username=ann&password=p%26ss%3Dw+rd%2B%C3%A9%2F%3F&remember=false",
        server.takeRequest().getBody().utf8());
    assertEquals(FailureReason.INVALID_CREDENTIALS, e.reason());
    assertEquals("invalid_grant", e.failure().code());
    assertEquals(401, e.failure().httpStatus());
    assertEquals("Bad password *** (***)", e.failure().message());
    assertFalse(e.getMessage().contains("p&ss"), "password leaked");
    assertFalse(e.getMessage().contains("p%26ss"), "password leaked");
  }

  private static Map<String, String> decode(String form) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      out.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }
}
