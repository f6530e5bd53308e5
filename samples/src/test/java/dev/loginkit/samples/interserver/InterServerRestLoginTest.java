package dev.loginkit.samples.interserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginChallengeException;
import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginConfigurationException;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.Okio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 002 end to end: the generated client against the seed document's wire examples. */
class InterServerRestLoginTest {
  /** The seed's JSON request example, compact, in the seed's field order. */
  private static final String SEED_REQUEST =
      "{\"login\":\"user@domain.com\",\"passwd\":\"mypassword\",\"remember\":\"true\","
          + "\"g-recaptcha-response\":{\"dep\":{\"n\":0,\"w\":0},\"_value\":\"zzzzz\",\"__v_isRef\":true,"
          + "\"_rawValue\":\"zzzzz\",\"__v_isShallow\":false}}";

  private static final String SEED_200 =
      "{\n  \"ima\": \"client\",\n  \"gravatar\": \"https://gravatar.com/user/image.png\",\n"
          + "  \"sessionId\": \"zzzzzzzzzzzzzz\",\n  \"account_id\": 123,\n  \"account_lid\": \"my@user.com\"\n}";

  private static final String SEED_402 =
      "{\n  \"field\": \"2fa\",\n  \"message\": \"missing 2fa\"\n}";

  private static final String PASSWORD = "mypassword";

  @StartStop public final MockWebServer server = new MockWebServer();

  private InterServerRestLogin client;

  @BeforeEach
  void setUp() {
    client =
        new InterServerRestLoginClient(
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
  void jsonLoginSendsTheSeedRequestAndReturnsTheSession() throws Exception {
    server.enqueue(json(200, SEED_200));

    LoginResult<InterServerSession> result =
        client.login("user@domain.com", PASSWORD, "true", Recaptcha.ofToken("zzzzz"), null);

    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/apiv2/login", request.getTarget());
    assertEquals("application/json; charset=utf-8", request.getHeaders().get("Content-Type"));
    assertEquals(SEED_REQUEST, request.getBody().utf8());

    assertInstanceOf(LoginResult.Success.class, result);
    InterServerSession session = result.orThrow();
    assertEquals(
        new InterServerSession(
            "zzzzzzzzzzzzzz", 123, "my@user.com", "client", "https://gravatar.com/user/image.png"),
        session);
  }

  @Test
  void optionalParametersThatAreNullAreLeftOut() throws Exception {
    server.enqueue(json(200, SEED_200));

    client.login("user@domain.com", PASSWORD, null, null, null);

    assertEquals(
        "{\"login\":\"user@domain.com\",\"passwd\":\"mypassword\"}",
        server.takeRequest().getBody().utf8());
  }

  @Test
  void multipartLoginSendsOnePartPerFieldAndTheRecaptchaAsJsonText() throws Exception {
    server.enqueue(json(200, SEED_200));

    InterServerSession session =
        client.loginMultipart(
            "user@domain.com", PASSWORD, "true", Recaptcha.ofToken("zzzzz"), null);

    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/apiv2/login", request.getTarget());
    MediaType type = MediaType.get(request.getHeaders().get("Content-Type"));
    assertEquals("multipart/form-data", type.type() + "/" + type.subtype());
    Map<String, String> parts = parts(request.getBody().utf8(), type.parameter("boundary"));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("login", "user@domain.com");
    expected.put("passwd", PASSWORD);
    expected.put("remember", "true");
    expected.put(
        "g-recaptcha-response",
        "{\"dep\":{\"n\":0,\"w\":0},\"_value\":\"zzzzz\",\"__v_isRef\":true,\"_rawValue\":\"zzzzz\",\"__v_isShallow\":false}");
    assertEquals(expected, parts);
    assertEquals("zzzzzzzzzzzzzz", session.sessionId());
  }

  @Test
  void twoFactorAnswerIsAChallengeNotAFailure() throws Exception {
    server.enqueue(json(402, SEED_402));

    LoginResult<InterServerSession> result =
        client.login("user@domain.com", PASSWORD, null, null, null);

    LoginResult.Challenge<InterServerSession> challenge =
        assertInstanceOf(LoginResult.Challenge.class, result);
    assertEquals(FailureReason.TWO_FACTOR_REQUIRED, challenge.reason());
    assertEquals("missing 2fa", challenge.details().message());
    assertEquals("2fa", challenge.details().field());
    assertEquals(402, challenge.details().httpStatus());
  }

  @Test
  void twoFactorRoundTripReplaysTheOriginalParametersPlusTheCode() throws Exception {
    server.enqueue(json(402, SEED_402));
    server.enqueue(json(200, SEED_200));

    LoginResult<InterServerSession> first =
        client.login("user@domain.com", PASSWORD, "true", Recaptcha.ofToken("zzzzz"), null);
    LoginResult.Challenge<InterServerSession> challenge =
        assertInstanceOf(LoginResult.Challenge.class, first);
    assertTrue(challenge.canContinue());
    assertFalse(challenge.toString().contains(PASSWORD), challenge.toString());
    LoginResult<InterServerSession> second = challenge.continueWith("654321");

    assertEquals(SEED_REQUEST, server.takeRequest().getBody().utf8());
    assertEquals(
        SEED_REQUEST.substring(0, SEED_REQUEST.length() - 1) + ",\"tfa\":\"654321\"}",
        server.takeRequest().getBody().utf8());
    assertEquals("zzzzzzzzzzzzzz", second.orThrow().sessionId());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aWrongTwoFactorCodeIsAFailure() {
    server.enqueue(json(402, SEED_402));
    server.enqueue(json(402, "{\"field\":\"tfa\",\"message\":\"invalid 2fa code\"}"));

    LoginResult<InterServerSession> first =
        client.login("user@domain.com", PASSWORD, null, null, null);
    LoginResult<InterServerSession> second =
        assertInstanceOf(LoginResult.Challenge.class, first).continueWith("000000");

    LoginResult.Failure<InterServerSession> failure =
        assertInstanceOf(LoginResult.Failure.class, second);
    assertEquals(FailureReason.INVALID_CREDENTIALS, failure.reason());
    assertEquals("tfa", failure.failure().field());
    assertFalse(failure.toString().contains("000000"));
  }

  @Test
  void theThrownChallengeCanBeContinuedToo() throws Exception {
    server.enqueue(json(402, SEED_402));
    server.enqueue(json(200, SEED_200));

    LoginChallengeException e =
        assertThrows(
            LoginChallengeException.class,
            () -> client.loginMultipart("user@domain.com", PASSWORD, null, null, null));
    Object session = e.challenge().continueWith("123456").orThrow();

    assertEquals("zzzzzzzzzzzzzz", ((InterServerSession) session).sessionId());
    server.takeRequest();
    assertTrue(server.takeRequest().getBody().utf8().contains("name=\"tfa\""));
  }

  @Test
  void twoFactorChallengeThrowsFromTheSessionReturningMethod() {
    server.enqueue(json(402, SEED_402));

    LoginChallengeException e =
        assertThrows(
            LoginChallengeException.class,
            () -> client.loginMultipart("user@domain.com", PASSWORD, null, null, null));

    assertEquals(FailureReason.TWO_FACTOR_REQUIRED, e.reason());
    assertFalse(e.getMessage().contains(PASSWORD));
  }

  @Test
  void twoFactorCodeTravelsAsTfa() throws Exception {
    server.enqueue(json(200, SEED_200));

    client.login("user@domain.com", PASSWORD, null, null, "654321");

    assertEquals(
        "{\"login\":\"user@domain.com\",\"passwd\":\"mypassword\",\"tfa\":\"654321\"}",
        server.takeRequest().getBody().utf8());
  }

  @Test
  void otherPaymentRequiredAnswersAreRefusedLoginsWithMessageAndField() {
    server.enqueue(json(402, "{\"field\":\"passwd\",\"message\":\"Invalid login or password\"}"));

    LoginResult<InterServerSession> result =
        client.login("user@domain.com", "wrong", null, null, null);

    LoginResult.Failure<InterServerSession> failure =
        assertInstanceOf(LoginResult.Failure.class, result);
    assertEquals(FailureReason.INVALID_CREDENTIALS, failure.reason());
    assertEquals("Invalid login or password", failure.failure().message());
    assertEquals("passwd", failure.failure().field());
    assertEquals(402, failure.failure().httpStatus());
    assertNull(failure.failure().code());
    LoginRejectedException thrown = assertThrows(LoginRejectedException.class, failure::orThrow);
    assertEquals(FailureReason.INVALID_CREDENTIALS, thrown.reason());
  }

  @Test
  void aServerEchoingThePasswordGetsItScrubbed() {
    server.enqueue(
        json(402, "{\"field\":\"passwd\",\"message\":\"password mypassword is wrong\"}"));

    LoginResult<InterServerSession> result =
        client.login("user@domain.com", PASSWORD, null, null, null);

    String message = assertInstanceOf(LoginResult.Failure.class, result).failure().message();
    assertEquals("password *** is wrong", message);
    assertFalse(result.toString().contains(PASSWORD));
  }

  @Test
  void aSuccessWithoutSessionIdIsAProtocolError() {
    server.enqueue(json(200, "{\"account_id\":123,\"account_lid\":\"my@user.com\"}"));

    LoginResult<InterServerSession> result =
        client.login("user@domain.com", PASSWORD, null, null, null);

    LoginResult.Failure<InterServerSession> failure =
        assertInstanceOf(LoginResult.Failure.class, result);
    assertEquals(FailureReason.PROTOCOL_ERROR, failure.reason());
    assertTrue(failure.failure().message().contains("sessionId"), failure.failure().message());
  }

  @Test
  void aMissingRequiredParameterIsRefusedBeforeSending() {
    LoginConfigurationException e =
        assertThrows(
            LoginConfigurationException.class,
            () -> client.login("user@domain.com", null, null, null, null));

    assertTrue(e.getMessage().contains("'password'"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  private static Map<String, String> parts(String body, String boundary) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().writeUtf8(body), boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = part.headers().get("Content-Disposition");
        String name = disposition.replaceAll(".*name=\"([^\"]*)\".*", "$1");
        parts.put(name, Okio.buffer(part.body()).readUtf8());
      }
    }
    return parts;
  }
}
