package dev.loginkit.samples.lifecycle;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.samples.interserver.InterServerRestLogin;
import dev.loginkit.samples.interserver.InterServerRestLoginClient;
import dev.loginkit.samples.interserver.InterServerSession;
import dev.loginkit.samples.interserver.Recaptcha;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The two-factor round trip started by the async login ({@code InterServerRestLoginTest} covers the
 * blocking one): the challenge the future completes with is continued with the code, and the second
 * request carries the original parameters plus {@code tfa}, the password never supplied again.
 */
class ChallengeRoundTripTest {
  private static final String PASSWORD = "mypassword";
  private static final String FIRST_REQUEST =
      "{\"login\":\"user@domain.com\",\"passwd\":\"mypassword\",\"remember\":\"true\","
          + "\"g-recaptcha-response\":{\"dep\":{\"n\":0,\"w\":0},\"_value\":\"zzzzz\",\"__v_isRef\":true,"
          + "\"_rawValue\":\"zzzzz\",\"__v_isShallow\":false}}";
  private static final String TWO_FACTOR = "{\"field\":\"2fa\",\"message\":\"missing 2fa\"}";
  private static final String SESSION =
      "{\"ima\":\"client\",\"sessionId\":\"zzzzzzzzzzzzzz\","
          + "\"account_id\":123,\"account_lid\":\"my@user.com\"}";

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

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, SECONDS);
    assertNotNull(request, "no request arrived");
    return request;
  }

  private LoginResult.Challenge<InterServerSession> asyncChallenge() throws Exception {
    LoginResult<InterServerSession> first =
        client
            .loginAsync("user@domain.com", PASSWORD, "true", Recaptcha.ofToken("zzzzz"), null)
            .get(10, SECONDS);
    LoginResult.Challenge<InterServerSession> challenge =
        assertInstanceOf(LoginResult.Challenge.class, first);
    assertEquals(FailureReason.TWO_FACTOR_REQUIRED, challenge.reason());
    assertTrue(challenge.canContinue());
    assertFalse(challenge.toString().contains(PASSWORD), challenge.toString());
    return challenge;
  }

  @Test
  void theAsyncChallengeIsContinuedWithTheCodeAndTheOriginalParameters() throws Exception {
    server.enqueue(json(402, TWO_FACTOR));
    server.enqueue(json(200, SESSION));

    LoginResult<InterServerSession> second = asyncChallenge().continueWith("654321");

    assertEquals(
        new InterServerSession("zzzzzzzzzzzzzz", 123, "my@user.com", "client", null),
        second.orThrow());
    RecordedRequest first = take();
    assertEquals("POST", first.getMethod());
    assertEquals("/apiv2/login", first.getTarget());
    assertEquals(FIRST_REQUEST, first.getBody().utf8());
    RecordedRequest answer = take();
    assertEquals("POST", answer.getMethod());
    assertEquals("/apiv2/login", answer.getTarget());
    assertEquals(
        FIRST_REQUEST.substring(0, FIRST_REQUEST.length() - 1) + ",\"tfa\":\"654321\"}",
        answer.getBody().utf8());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void theContinuationCanRunInTheFuturesOwnChain() throws Exception {
    server.enqueue(json(402, TWO_FACTOR));
    server.enqueue(json(200, SESSION));

    LoginResult<InterServerSession> result =
        client
            .loginAsync("user@domain.com", PASSWORD, null, null, null)
            .thenApply(
                first ->
                    first instanceof LoginResult.Challenge<InterServerSession> challenge
                        ? challenge.continueWith("112233")
                        : first)
            .get(10, SECONDS);

    assertInstanceOf(LoginResult.Success.class, result);
    assertEquals("zzzzzzzzzzzzzz", result.orThrow().sessionId());
    assertEquals(
        "{\"login\":\"user@domain.com\",\"passwd\":\"mypassword\"}", take().getBody().utf8());
    assertEquals(
        "{\"login\":\"user@domain.com\",\"passwd\":\"mypassword\",\"tfa\":\"112233\"}",
        take().getBody().utf8());
  }

  @Test
  void aWrongCodeAfterAnAsyncChallengeIsARefusedLoginWithoutTheCode() throws Exception {
    server.enqueue(json(402, TWO_FACTOR));
    server.enqueue(json(402, "{\"field\":\"tfa\",\"message\":\"invalid 2fa code\"}"));

    LoginResult<InterServerSession> second = asyncChallenge().continueWith("000000");

    LoginResult.Failure<InterServerSession> failure =
        assertInstanceOf(LoginResult.Failure.class, second);
    assertEquals(FailureReason.INVALID_CREDENTIALS, failure.reason());
    assertEquals("tfa", failure.failure().field());
    assertFalse(failure.toString().contains("000000"), failure.toString());
    assertFalse(failure.toString().contains(PASSWORD), failure.toString());
    assertEquals(2, server.getRequestCount());
  }
}
