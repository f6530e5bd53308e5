package dev.loginkit.samples.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginProtocolException;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.annotations.FailureReason;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A login answered by 204 No Content whose only session is a Set-Cookie. */
class CookieLoginTest {
  private static final String COOKIE_VALUE = "8F2A1C0DE5B7A9C3E1F0";

  @StartStop public final MockWebServer server = new MockWebServer();

  private CookieLogin client;

  @BeforeEach
  void setUp() {
    client =
        new CookieLoginClient(
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  private void assertRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/j_security_check", request.getTarget());
    assertEquals("application/x-www-form-urlencoded", request.getHeaders().get("Content-Type"));
    assertEquals("j_username=tomcat&j_password=s3cret", request.getBody().utf8());
    assertNull(request.getHeaders().get("Cookie"));
  }

  @Test
  void theSessionCookieOfANoContentAnswerIsTheSession() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(204)
            .addHeader("Set-Cookie", "XSRF-TOKEN=x-123; Path=/")
            .addHeader(
                "Set-Cookie", "JSESSIONID=" + COOKIE_VALUE + "; Path=/; HttpOnly; SameSite=Strict")
            .build());

    CookieLogin.Session session = client.login("tomcat", "s3cret");

    assertRequest();
    assertEquals(COOKIE_VALUE, session.sessionCookie().reveal());
    assertEquals("x-123", session.csrfToken());
    assertEquals("Session[sessionCookie=***, csrfToken=x-123]", session.toString());
  }

  @Test
  void theOptionalCookieMayBeMissing() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(204)
            .addHeader("Set-Cookie", "JSESSIONID=" + COOKIE_VALUE + "; Path=/")
            .build());

    CookieLogin.Session session = client.login("tomcat", "s3cret");

    assertRequest();
    assertEquals(COOKIE_VALUE, session.sessionCookie().reveal());
    assertNull(session.csrfToken());
  }

  @Test
  void noSessionCookieIsAProtocolErrorNamingTheCookie() throws Exception {
    server.enqueue(
        new MockResponse.Builder().code(204).addHeader("Set-Cookie", "XSRF-TOKEN=x-123").build());

    LoginProtocolException e =
        assertThrows(LoginProtocolException.class, () -> client.login("tomcat", "s3cret"));

    assertRequest();
    assertEquals(
        "PROTOCOL_ERROR (HTTP 204): successful response lacks cookie 'JSESSIONID'", e.getMessage());
  }

  @Test
  void anUnauthorizedAnswerWithoutBodyIsInvalidCredentials() throws Exception {
    server.enqueue(new MockResponse.Builder().code(401).build());

    LoginRejectedException e =
        assertThrows(LoginRejectedException.class, () -> client.login("tomcat", "s3cret"));

    assertRequest();
    assertEquals(FailureReason.INVALID_CREDENTIALS, e.reason());
    assertEquals("INVALID_CREDENTIALS (HTTP 401)", e.getMessage());
  }
}
