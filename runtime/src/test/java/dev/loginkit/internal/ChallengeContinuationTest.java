package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginChallengeException;
import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginConfigurationException;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A two-factor challenge through the real runtime: it is a value, sent once; answering it sends the
 * original parameters plus the answer and the echoed token, to the continuation's endpoint, once;
 * neither the password nor the answer nor the token is ever printed.
 */
class ChallengeContinuationTest {
  private static final String PASSWORD = "Ch4ll p@ss";
  private static final String CODE = "913746";
  private static final String TOKEN = "tok-58213";
  private static final SessionMapper<String> MAPPER = reply -> reply.get(From.BODY, "sid", true);

  /**
   * Built per test, not in a static initializer, so that every declaration method runs under each
   * test.
   */
  private static Operation login() {
    return Operation.post("login", "/login", BodyEncoding.FORM, Format.JSON)
        .challengeWhen(FailureReason.TWO_FACTOR_REQUIRED, new int[0], "tfa", "required")
        .answeredBy("otp")
        .echo("token", "loginToken")
        .continueAt("/login/verify")
        .challengeWhen(FailureReason.PASSWORD_EXPIRED, new int[] {403}, "expired", "true")
        .successWhen("sid")
        .failureDetails("code", "message", "")
        .onMessage(FailureReason.ACCOUNT_LOCKED, "locked out")
        .reads("sid")
        .build();
  }

  private final MockWebServer server = new MockWebServer();
  private LoginRuntime runtime;

  @BeforeEach
  void start() throws IOException {
    server.start();
    runtime =
        new LoginRuntime(
            "https://login.example.com",
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static Params params() {
    return new Params().param("user", "alice").secret("password", PASSWORD);
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest(5, TimeUnit.SECONDS);
  }

  private static void assertNothingSecret(String text) {
    assertFalse(text.contains(PASSWORD), text);
    assertFalse(text.contains(CODE), text);
    assertFalse(text.contains(TOKEN), text);
  }

  @Test
  void answeringSendsTheOriginalParametersTheAnswerAndTheTokenOnceToTheContinuation()
      throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(
                "{\"tfa\":\"required\",\"loginToken\":\" "
                    + TOKEN
                    + " \",\"message\":\"code sent\"}")
            .build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"s-verified\"}").build());

    LoginResult<String> first = runtime.execute(login(), params(), MAPPER);

    LoginResult.Challenge<String> challenge = assertInstanceOf(LoginResult.Challenge.class, first);
    assertEquals(FailureReason.TWO_FACTOR_REQUIRED, challenge.reason());
    assertEquals("code sent", challenge.details().message());
    assertTrue(challenge.canContinue());
    assertEquals(1, server.getRequestCount());
    assertEquals("/login", take().getUrl().encodedPath());
    assertNothingSecret(challenge.toString());
    assertTrue(challenge.toString().contains("canContinue=true"), challenge.toString());
    LoginChallengeException thrown =
        assertThrows(LoginChallengeException.class, challenge::orThrow);
    assertNothingSecret(thrown.getMessage());

    LoginResult<String> second = challenge.continueWith(CODE);

    assertEquals("s-verified", assertInstanceOf(LoginResult.Success.class, second).session());
    RecordedRequest verify = take();
    assertEquals("/login/verify", verify.getUrl().encodedPath());
    assertEquals(
        "user=alice&password=Ch4ll+p%40ss&token=" + TOKEN + "&otp=" + CODE,
        verify.getBody().utf8());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void theAnswerIsMaskedInTheContinuationsOutcome() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"tfa\":\"required\",\"loginToken\":\"" + TOKEN + "\"}")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .body("{\"message\":\"code " + CODE + " for token " + TOKEN + " is wrong\"}")
            .build());

    LoginResult.Challenge<String> challenge =
        assertInstanceOf(LoginResult.Challenge.class, runtime.execute(login(), params(), MAPPER));
    LoginFailure failure =
        assertInstanceOf(LoginResult.Failure.class, challenge.continueWith(CODE)).failure();

    assertEquals(FailureReason.INVALID_CREDENTIALS, failure.reason());
    assertEquals("code *** for token *** is wrong", failure.message());
    assertNothingSecret(failure.summary());
  }

  @Test
  void aNullAnswerIsRefusedBeforeAnythingIsSent() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"tfa\":\"required\"}").build());
    LoginResult.Challenge<String> challenge =
        assertInstanceOf(LoginResult.Challenge.class, runtime.execute(login(), params(), MAPPER));

    assertThrows(LoginConfigurationException.class, () -> challenge.continueWith(null));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aChallengeWithoutAnAnswerParameterCannotBeContinued() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(403)
            .body("{\"expired\":\"true\",\"message\":\"change it\"}")
            .build());

    LoginResult.Challenge<String> challenge =
        assertInstanceOf(LoginResult.Challenge.class, runtime.execute(login(), params(), MAPPER));

    assertEquals(FailureReason.PASSWORD_EXPIRED, challenge.reason());
    assertFalse(challenge.canContinue());
    assertTrue(challenge.toString().contains("canContinue=false"), challenge.toString());
    assertThrows(IllegalStateException.class, () -> challenge.continueWith(CODE));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void challengesAreEqualByWhatTheServerSaid() {
    LoginFailure details = LoginFailure.of(FailureReason.TWO_FACTOR_REQUIRED, "code sent", 200);
    LoginResult.Challenge<String> a = new LoginResult.Challenge<>(details);
    LoginResult.Challenge<String> b = new LoginResult.Challenge<>(details, answer -> null);
    LoginResult.Challenge<String> other =
        new LoginResult.Challenge<>(
            LoginFailure.of(FailureReason.TWO_FACTOR_REQUIRED, "other", 200));

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, other);
    assertNotEquals(a, (Object) "a challenge");
    assertNotEquals(a.hashCode(), other.hashCode());
  }

  @Test
  void theContinuationsAnswerIsClassifiedByTheSameDeclaration() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"tfa\":\"required\"}").build());
    server.enqueue(
        new MockResponse.Builder().code(403).body("{\"message\":\" locked out \"}").build());

    LoginResult.Challenge<String> challenge =
        assertInstanceOf(LoginResult.Challenge.class, runtime.execute(login(), params(), MAPPER));
    LoginFailure failure =
        assertInstanceOf(LoginResult.Failure.class, challenge.continueWith(CODE)).failure();

    assertEquals(FailureReason.ACCOUNT_LOCKED, failure.reason());
  }
}
