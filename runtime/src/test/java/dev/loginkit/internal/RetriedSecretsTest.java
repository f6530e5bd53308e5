package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.ValueEncoding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is secret in a login stays secret in the requests LoginKit derives from it: the declared
 * retry and a challenge's continuation mask the same values as the first attempt, including those
 * only marked secret (a composed value's inputs and filled template), and keep a positional body.
 */
class RetriedSecretsTest {
  private static final String PASSWORD = "hunter2-Rt";
  private static final SessionMapper<String> MAPPER = reply -> reply.get(From.BODY, "sid", true);
  private static final Operation LOGIN =
      Operation.post("login", "/login", BodyEncoding.JSON, Format.JSON)
          .challengeWhen(FailureReason.TWO_FACTOR_REQUIRED, new int[0], "tfa", "required")
          .answeredBy("otp")
          .successWhen("sid")
          .failureDetails("code", "message", "")
          .onCode(FailureReason.SESSION_CONFLICT, "5")
          .retryOnce(FailureReason.SESSION_CONFLICT, "kill", "possess")
          .reads("sid")
          .build();

  private final MockWebServer server = new MockWebServer();
  private final List<String> logLines = new ArrayList<>();
  private LoginRuntime runtime;

  @BeforeEach
  void start() throws IOException {
    server.start();
    runtime =
        new LoginRuntime(
            "https://login.example.com",
            LoginClientConfig.builder()
                .baseUrl(server.url("/").toString())
                .logger(logLines::add)
                .build());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** A Basic credential composed from the user and the password, which is sent only inside it. */
  private static Params composed() {
    return new Params()
        .param("user", "alice")
        .composed(
            "Authorization",
            In.HEADER,
            ValueEncoding.BASE64,
            "Basic ",
            true,
            "alice",
            ":",
            PASSWORD)
        .alsoSecret(PASSWORD)
        .paramOrDefault("kill", null, "no", In.DEFAULT);
  }

  private static String echo() {
    return "{\"message\":\"password " + PASSWORD + " of alice:" + PASSWORD + " refused\"}";
  }

  private void assertMasked(LoginFailure failure) {
    assertEquals("password *** of *** refused", failure.message());
    assertFalse(failure.summary().contains(PASSWORD), failure.summary());
    for (String line : logLines) {
      assertFalse(line.contains(PASSWORD), line);
    }
  }

  @Test
  void theFirstAttemptMasksTheComposedInputs() {
    server.enqueue(new MockResponse.Builder().code(401).body(echo()).build());

    assertMasked(
        assertInstanceOf(LoginResult.Failure.class, runtime.execute(LOGIN, composed(), MAPPER))
            .failure());
  }

  @Test
  void theDeclaredRetryMasksTheComposedInputsToo() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"code\":\"5\"}").build());
    server.enqueue(new MockResponse.Builder().code(401).body(echo()).build());

    LoginFailure failure =
        assertInstanceOf(LoginResult.Failure.class, runtime.execute(LOGIN, composed(), MAPPER))
            .failure();

    assertEquals(2, server.getRequestCount());
    assertMasked(failure);
  }

  @Test
  void aChallengesContinuationMasksTheComposedInputsToo() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"tfa\":\"required\"}").build());
    server.enqueue(new MockResponse.Builder().code(401).body(echo()).build());

    LoginResult.Challenge<String> challenge =
        assertInstanceOf(LoginResult.Challenge.class, runtime.execute(LOGIN, composed(), MAPPER));
    LoginFailure failure =
        assertInstanceOf(LoginResult.Failure.class, challenge.continueWith("123456")).failure();

    assertEquals(2, server.getRequestCount());
    assertMasked(failure);
  }

  @Test
  void copiesKeepWhatIsSecretAndWhatIsPositional() {
    Params original =
        new Params().array().param("a", "x").param("b", null).alsoSecret("only-masked");
    for (Params copy :
        List.of(
            original.with("kill", "possess"),
            original.withSecret("otp", "1"),
            original.withSecrets(Map.of("token", "t")))) {
      assertTrue(copy.isArray());
      assertEquals("*** ***", Redactor.forSecrets(copy).redact("only-masked only-masked"));
      assertEquals(original.value(1), copy.value(1));
    }
  }
}
