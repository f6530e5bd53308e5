package dev.loginkit.samples.tenten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginConfigurationException;
import dev.loginkit.LoginProtocolException;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.annotations.FailureReason;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 004 end to end: the generated client against the seed document's wire examples. */
class TenTenLoginTest {
  /** The seed's XML response example, placeholders filled in. */
  private static final String SEED_SUCCESS =
      "<out>\n    <rc>0</rc>\n    <sid>sess-0042</sid>\n    <pswd>ENC+pw/x9</pswd>\n"
          + "    <msg>Last login was: 2026-11-01 10:00:00</msg>\n    <version>prime-17.31</version>\n</out>";

  private static final String PASSWORD = "p&ss w0rd";

  @StartStop public final MockWebServer server = new MockWebServer();

  private TenTenLogin client;

  @BeforeEach
  void setUp() {
    client =
        new TenTenLoginClient(
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  private static MockResponse xml(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "text/xml")
        .body(body)
        .build();
  }

  @Test
  void loginSendsConstantsCredentialsAndDefaultKillInTheQueryString() throws Exception {
    server.enqueue(xml(SEED_SUCCESS));

    TenTenSession session = client.login("jdoe", PASSWORD, null);

    RecordedRequest request = server.takeRequest();
    assertEquals("GET", request.getMethod());
    assertEquals(
        "/gw.k?api=login&apiversion=3&uid=jdoe&pswd=p%26ss%20w0rd&kill=no", request.getTarget());
    assertEquals(0, request.getBodySize());
    assertEquals("sess-0042", session.sid());
    assertEquals("ENC+pw/x9", session.encryptedPassword().reveal());
    assertEquals("Last login was: 2026-11-01 10:00:00", session.message());
    assertEquals("prime-17.31", session.version());
  }

  @Test
  void theEncryptedPasswordNeverPrints() {
    server.enqueue(xml(SEED_SUCCESS));

    TenTenSession session = client.login("jdoe", PASSWORD, null);

    assertEquals(
        "TenTenSession[sid=sess-0042, encryptedPassword=***, "
            + "message=Last login was: 2026-11-01 10:00:00, version=prime-17.31]",
        session.toString());
  }

  @ParameterizedTest
  @CsvSource({"YES,yes", "NO,no", "POSSESS,possess", "AUTH,auth"})
  void killTravelsAsItsWireValue(Kill kill, String wire) throws Exception {
    server.enqueue(xml(SEED_SUCCESS));

    client.login("jdoe", PASSWORD, kill);

    assertEquals("kill=" + wire, server.takeRequest().getTarget().replaceAll(".*&", ""));
  }

  @ParameterizedTest
  @CsvSource({
    "3,Missing user identification,MISSING_CREDENTIALS",
    "4,Invalid user identification,INVALID_CREDENTIALS",
    "5,Already logged in,SESSION_CONFLICT",
    "35,Not Logged in,SESSION_EXPIRED",
    "39,You are not at an authorized IP address,ACCESS_DENIED",
    "38,System is busy,SERVICE_UNAVAILABLE",
    "7,Invalid transaction type,INVALID_REQUEST",
    "1,Unclassified error,UNKNOWN",
    "77,Something new,UNKNOWN"
  })
  void nonZeroReturnCodesAreClassifiedFromTheCodeTable(
      String rc, String msg, FailureReason reason) {
    server.enqueue(xml("<out><rc>" + rc + "</rc><msg>" + msg + "</msg></out>"));

    // kill=possess: the declared conflict fallback (retry with possess) has nothing left to try
    LoginRejectedException e =
        assertThrows(
            LoginRejectedException.class, () -> client.login("jdoe", PASSWORD, Kill.POSSESS));

    assertEquals(reason, e.reason());
    assertEquals(rc, e.failure().code());
    assertEquals(msg, e.failure().message());
    assertEquals(200, e.failure().httpStatus());
    assertNull(e.failure().field());
  }

  @Test
  void aSessionConflictIsRetriedOnceWithPossessWhenKillWasLeftToItsDefaultNo() throws Exception {
    server.enqueue(xml("<out><rc>5</rc><msg>Already logged in</msg></out>"));
    server.enqueue(xml(SEED_SUCCESS));

    TenTenSession session = client.login("jdoe", PASSWORD, null);

    assertEquals("sess-0042", session.sid());
    assertEquals("kill=no", server.takeRequest().getTarget().replaceAll(".*&", ""));
    RecordedRequest retry = server.takeRequest();
    assertEquals(
        "/gw.k?api=login&apiversion=3&uid=jdoe&pswd=p%26ss%20w0rd&kill=possess", retry.getTarget());
    assertEquals(2, server.getRequestCount());
  }

  @ParameterizedTest
  @CsvSource({"NO,no", "AUTH,auth", "YES,yes"})
  void aKillTheCallerChoseIsNeverOverriddenByTheDeclaredRetry(Kill kill, String wire)
      throws Exception {
    server.enqueue(xml("<out><rc>5</rc><msg>Already logged in</msg></out>"));
    server.enqueue(xml(SEED_SUCCESS)); // what a retry with possess would get

    LoginRejectedException e =
        assertThrows(LoginRejectedException.class, () -> client.login("jdoe", PASSWORD, kill));

    assertEquals(FailureReason.SESSION_CONFLICT, e.reason());
    assertEquals("kill=" + wire, server.takeRequest().getTarget().replaceAll(".*&", ""));
    assertEquals(1, server.getRequestCount(), "the other session was taken over");
  }

  @Test
  void aSecondConflictIsReportedAfterExactlyOneRetry() {
    server.enqueue(xml("<out><rc>5</rc><msg>Already logged in</msg></out>"));
    server.enqueue(xml("<out><rc>5</rc><msg>Already logged in</msg></out>"));

    LoginRejectedException e =
        assertThrows(LoginRejectedException.class, () -> client.login("jdoe", PASSWORD, null));

    assertEquals(FailureReason.SESSION_CONFLICT, e.reason());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void otherFailuresAreNeverRetried() {
    server.enqueue(xml("<out><rc>4</rc><msg>Invalid user identification</msg></out>"));

    assertThrows(LoginRejectedException.class, () -> client.login("jdoe", PASSWORD, Kill.NO));

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void authOnlyAuthenticatesASuccessWithoutSessionId() throws Exception {
    server.enqueue(
        xml("<out><rc>0</rc><pswd>ENC</pswd><msg>Authenticated</msg><version>v</version></out>"));

    TenTenSession session = client.login("jdoe", PASSWORD, Kill.AUTH);

    assertNull(session.sid());
    assertEquals("ENC", session.encryptedPassword().reveal());
    assertTrue(server.takeRequest().getTarget().endsWith("&kill=auth"));
  }

  @Test
  void anHtmlPageInsteadOfXmlIsAProtocolErrorWithoutTheSecret() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("<!DOCTYPE html><html><body>Login for jdoe with " + PASSWORD + "</body></html>")
            .build());

    LoginProtocolException e =
        assertThrows(LoginProtocolException.class, () -> client.login("jdoe", PASSWORD, null));

    assertEquals(FailureReason.PROTOCOL_ERROR, e.reason());
    assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
    assertFalse(e.getMessage().contains("p%26ss"), e.getMessage());
  }

  @Test
  void aMissingUidIsRefusedBeforeAnythingIsSent() {
    assertThrows(LoginConfigurationException.class, () -> client.login(null, PASSWORD, null));
    assertEquals(0, server.getRequestCount());
  }
}
