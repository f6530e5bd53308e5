package dev.loginkit.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginResult;
import dev.loginkit.SessionInterceptor;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A generated client with {@link LoginMetrics} against a real loopback server and a real registry.
 */
class LoginMetricsTest {
  private static final String PASSWORD = "Zq9-metrics-Pw";

  private final MockWebServer server = new MockWebServer();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private AcmeLoginClient client;

  @BeforeEach
  void start() throws IOException {
    server.start();
    client =
        new AcmeLoginClient(
            LoginClientConfig.builder()
                .baseUrl(server.url("/").toString())
                .listener(new LoginMetrics(registry, Tags.of("app", "test")))
                .build());
  }

  @AfterEach
  void stop() {
    server.close();
    registry.close();
  }

  private void answer(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).body(body).build());
  }

  private Timer logins(String outcome, String reason, String trigger) {
    return registry
        .find(LoginMetrics.LOGINS)
        .tags(
            "api",
            "AcmeLogin",
            "operation",
            "login",
            "outcome",
            outcome,
            "reason",
            reason,
            "trigger",
            trigger)
        .tag("app", "test")
        .timer();
  }

  @Test
  void aSuccessIsTimed() {
    answer(200, "{\"access_token\":\"t1\"}");
    assertInstanceOf(LoginResult.Success.class, client.login("a@example.com", PASSWORD, null));
    Timer timer = logins("success", "none", "call");
    assertEquals(1, timer.count());
    assertTrue(timer.totalTime(TimeUnit.NANOSECONDS) > 0);
    assertEquals(
        1,
        registry
            .find(LoginMetrics.ATTEMPTS)
            .tags("outcome", "success", "reason", "none")
            .timer()
            .count());
  }

  @Test
  void failuresAreTaggedByReason() {
    answer(401, "{\"error\":\"bad_password\"}");
    answer(503, "<html>down</html>");
    client.login("a@example.com", PASSWORD, null);
    client.login("a@example.com", PASSWORD, null);
    assertEquals(1, logins("failure", "invalid_credentials", "call").count());
    assertEquals(1, logins("failure", "service_unavailable", "call").count());
    assertNull(logins("success", "none", "call"));
  }

  @Test
  void aDeclaredRetryIsCountedAndBothAttemptsTimed() throws InterruptedException {
    answer(409, "{\"error\":\"conflict\"}");
    answer(200, "{\"access_token\":\"t2\"}");
    assertInstanceOf(LoginResult.Success.class, client.login("a@example.com", PASSWORD, null));
    assertEquals(
        1.0,
        registry
            .find(LoginMetrics.RETRIES)
            .tags("api", "AcmeLogin", "reason", "session_conflict")
            .counter()
            .count());
    assertEquals(
        1,
        registry
            .find(LoginMetrics.ATTEMPTS)
            .tags("outcome", "failure", "reason", "session_conflict")
            .timer()
            .count());
    assertEquals(
        1, registry.find(LoginMetrics.ATTEMPTS).tags("outcome", "success").timer().count());
    assertEquals(1, logins("success", "none", "call").count());
    server.takeRequest();
    assertTrue(server.takeRequest().getBody().utf8().contains("\"force\":\"true\""));
  }

  @Test
  void aChallengeAndItsAnswer() {
    answer(200, "{\"mfa\":\"required\"}");
    answer(200, "{\"access_token\":\"t3\"}");
    LoginResult<AcmeLogin.Session> result = client.login("a@example.com", PASSWORD, null);
    LoginResult.Challenge<AcmeLogin.Session> challenge =
        assertInstanceOf(LoginResult.Challenge.class, result);
    assertEquals(
        1.0,
        registry
            .find(LoginMetrics.CHALLENGES)
            .tags("reason", "two_factor_required")
            .counter()
            .count());
    assertEquals(1, logins("challenge", "two_factor_required", "call").count());
    assertInstanceOf(LoginResult.Success.class, challenge.continueWith("123456"));
    assertEquals(1, logins("success", "none", "challenge_answer").count());
  }

  @Test
  void aReloginForAnExpiredSession() throws IOException {
    answer(200, "{\"access_token\":\"old\"}");
    answer(401, "expired"); // the API call: the session is gone
    answer(200, "{\"access_token\":\"new\"}"); // the re-login
    answer(200, "data"); // the API call replayed (GET)
    SessionInterceptor<AcmeLogin.Session> sessions =
        client.sessionInterceptor(() -> client.login("a@example.com", PASSWORD, null).orThrow());
    OkHttpClient api = new OkHttpClient.Builder().addInterceptor(sessions).build();
    try (Response response =
        api.newCall(new Request.Builder().url(server.url("/data")).build()).execute()) {
      assertEquals("data", response.body().string());
    }
    assertEquals(1, logins("success", "none", "call").count());
    assertEquals(1, logins("success", "none", "relogin").count());
    assertEquals(
        1.0, registry.find(LoginMetrics.RELOGINS).tags("outcome", "success").counter().count());
    api.dispatcher().executorService().shutdown();
    api.connectionPool().evictAll();
  }

  /** No meter holds the password, the provider's code, or anything else the server sent. */
  @Test
  void noSecretAndNoCodeInAnyMeter() {
    answer(401, "{\"error\":\"" + PASSWORD + "\"}");
    client.login("a@example.com", PASSWORD, null);
    assertFalse(registry.getMeters().isEmpty());
    for (Meter meter : registry.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        assertFalse(tag.getValue().contains("Zq9"), meter.getId().toString());
        assertFalse(tag.getKey().equals("code"), meter.getId().toString());
      }
    }
  }
}
