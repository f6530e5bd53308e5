package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginEvent;
import dev.loginkit.LoginEvent.Kind;
import dev.loginkit.LoginEvent.Outcome;
import dev.loginkit.LoginEvent.Trigger;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The listener's events and the System.Logger lines, against a real loopback server. */
class LoginEventsTest {
  private static final String PASSWORD = "Zq9-secret-Pw";
  private static final SessionMapper<String> MAPPER = reply -> reply.get(From.BODY, "token", true);

  private static final Operation LOGIN =
      Operation.post("login", "/login", BodyEncoding.JSON, Format.JSON)
          .failureDetails("error", "message", "")
          .challengeWhen(FailureReason.TWO_FACTOR_REQUIRED, new int[0], "mfa", "required")
          .answeredBy("otp")
          .retryOnce(FailureReason.SESSION_CONFLICT, "kill", "possess")
          .onCode(FailureReason.SESSION_CONFLICT, "conflict")
          .reads("token")
          .build();

  private final MockWebServer server = new MockWebServer();
  private final List<LoginEvent> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private LoginRuntime runtime() {
    return new LoginRuntime("https://api.example.com", config().build());
  }

  private LoginClientConfig.Builder config() {
    return LoginClientConfig.builder().baseUrl(server.url("/").toString()).listener(events::add);
  }

  private static Params params() {
    return new Params().param("user", "alice").secret("password", PASSWORD);
  }

  private void answer(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).body(body).build());
  }

  @Test
  void aSuccessIsOneAttemptAndOneLogin() {
    answer(200, "{\"token\":\"t1\"}");
    LoginResult<String> result = runtime().execute(LOGIN, params(), MAPPER);
    assertInstanceOf(LoginResult.Success.class, result);
    assertEquals(List.of(Kind.ATTEMPT, Kind.LOGIN), kinds());
    for (LoginEvent event : events) {
      assertEquals("api.example.com", event.api()); // not created by a generated client
      assertEquals("login", event.operation());
      assertEquals(Trigger.CALL, event.trigger());
      assertEquals(1, event.attempt());
      assertEquals(Outcome.SUCCESS, event.outcome());
      assertNull(event.reason());
      assertNull(event.code());
      assertFalse(event.duration().isNegative());
    }
  }

  @Test
  void aFailureCarriesReasonCodeAndStatus() {
    answer(401, "{\"error\":\"bad_password\",\"message\":\"no\"}");
    runtime().execute(LOGIN, params(), MAPPER);
    LoginEvent login = events.get(events.size() - 1);
    assertEquals(Kind.LOGIN, login.kind());
    assertEquals(Outcome.FAILURE, login.outcome());
    assertEquals(FailureReason.INVALID_CREDENTIALS, login.reason());
    assertEquals("bad_password", login.code());
    assertEquals(401, login.httpStatus());
  }

  @Test
  void aDeclaredRetryIsAnnouncedAndCountedAsTheSecondAttempt() {
    answer(409, "{\"error\":\"conflict\"}");
    answer(200, "{\"token\":\"t2\"}");
    LoginResult<String> result = runtime().execute(LOGIN, params(), MAPPER);
    assertInstanceOf(LoginResult.Success.class, result);
    assertEquals(List.of(Kind.ATTEMPT, Kind.RETRY, Kind.ATTEMPT, Kind.LOGIN), kinds());
    assertEquals(FailureReason.SESSION_CONFLICT, events.get(0).reason());
    assertEquals(FailureReason.SESSION_CONFLICT, events.get(1).reason());
    assertEquals(2, events.get(2).attempt());
    assertEquals(Outcome.SUCCESS, events.get(2).outcome());
    assertEquals(2, events.get(3).attempt());
    assertTrue(events.get(3).duration().compareTo(events.get(2).duration()) >= 0);
  }

  @Test
  void aChallengeAndItsAnswer() {
    answer(200, "{\"mfa\":\"required\"}");
    answer(200, "{\"token\":\"t3\"}");
    LoginResult<String> result = runtime().execute(LOGIN, params(), MAPPER);
    LoginResult.Challenge<String> challenge = assertInstanceOf(LoginResult.Challenge.class, result);
    assertEquals(Outcome.CHALLENGE, events.get(1).outcome());
    assertEquals(FailureReason.TWO_FACTOR_REQUIRED, events.get(1).reason());
    events.clear();
    assertInstanceOf(LoginResult.Success.class, challenge.continueWith("123456"));
    assertEquals(List.of(Kind.ATTEMPT, Kind.LOGIN), kinds());
    assertEquals(Trigger.CHALLENGE_ANSWER, events.get(1).trigger());
  }

  @Test
  void aLoginMadeForAnExpiredSessionIsARelogin() {
    answer(200, "{\"token\":\"t4\"}");
    LoginRuntime runtime = runtime();
    Supplier<LoginResult<String>> login = () -> runtime.execute(LOGIN, params(), MAPPER);
    Sessions.relogin(login);
    assertEquals(Trigger.RELOGIN, events.get(1).trigger());
    answer(200, "{\"token\":\"t5\"}");
    events.clear();
    login.get(); // the marker does not outlive the re-login
    assertEquals(Trigger.CALL, events.get(1).trigger());
  }

  @Test
  void asyncLoginsReportBeforeTheFutureCompletes() {
    answer(401, "{\"error\":\"bad_password\"}");
    LoginResult<String> result = runtime().executeAsync(LOGIN, params(), MAPPER, null).join();
    assertInstanceOf(LoginResult.Failure.class, result);
    assertEquals(List.of(Kind.ATTEMPT, Kind.LOGIN), kinds());
    assertEquals(FailureReason.INVALID_CREDENTIALS, events.get(1).reason());
  }

  @Test
  void aTransportFailureHasNoStatus() {
    server.close();
    LoginResult<String> result = runtime().execute(LOGIN, params(), MAPPER);
    assertInstanceOf(LoginResult.Failure.class, result);
    assertEquals(FailureReason.TRANSPORT_ERROR, events.get(1).reason());
    assertEquals(0, events.get(1).httpStatus());
  }

  /** A provider code echoing the password is masked in the event, as everywhere. */
  @Test
  void noSecretInAnyEvent() {
    answer(401, "{\"error\":\"" + PASSWORD + "\"}");
    runtime().execute(LOGIN, params(), MAPPER);
    assertEquals(2, events.size());
    for (LoginEvent event : events) {
      assertFalse(event.toString().contains(PASSWORD), event.toString());
      assertFalse(event.toString().contains("secret"), event.toString());
    }
  }

  @Test
  void aThrowingListenerDoesNotChangeTheLogin() {
    answer(200, "{\"token\":\"t6\"}");
    LoginRuntime runtime =
        new LoginRuntime(
            "https://api.example.com",
            LoginClientConfig.builder()
                .baseUrl(server.url("/").toString())
                .listener(
                    event -> {
                      throw new IllegalStateException("listener bug");
                    })
                .build());
    assertInstanceOf(LoginResult.Success.class, runtime.execute(LOGIN, params(), MAPPER));
  }

  /** The api name is the interface the creating client implements, as for a generated client. */
  @Test
  void theApiIsTheInterfaceOfTheCreatingClient() {
    answer(200, "{\"token\":\"t7\"}");
    new FakeClient(config().build()).runtime.execute(LOGIN, params(), MAPPER);
    assertEquals("FakeLogin", events.get(0).api());
  }

  @Test
  void linesGoToTheSystemLoggerAtDebugRedacted() {
    Recording logger = new Recording(true);
    answer(401, "{\"error\":\"x\",\"message\":\"wrong password " + PASSWORD + "\"}");
    new LoginRuntime(
            "https://api.example.com",
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).logger(logger).build())
        .execute(LOGIN, params(), MAPPER);
    assertEquals(1, logger.lines.size(), logger.lines.toString());
    String line = logger.lines.get(0);
    assertTrue(line.startsWith("DEBUG login POST http://"), line);
    assertTrue(line.contains("-> 401"), line);
    assertFalse(line.contains(PASSWORD), line);
  }

  @Test
  void nothingIsLoggedWhenDebugIsOff() {
    Recording logger = new Recording(false);
    answer(200, "{\"token\":\"t8\"}");
    new LoginRuntime(
            "https://api.example.com",
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).logger(logger).build())
        .execute(LOGIN, params(), MAPPER);
    assertEquals(List.of(), logger.lines);
    assertEquals(1, logger.asked);
  }

  /** The default is the JDK's logger named dev.loginkit. */
  @Test
  void theDefaultLogger() {
    assertEquals(
        LoginClientConfig.LOGGER_NAME, LoginClientConfig.defaults().systemLogger().getName());
  }

  @Test
  @SuppressWarnings("deprecation")
  void theDeprecatedConsumerStillReceivesTheLines() {
    List<String> lines = new CopyOnWriteArrayList<>();
    answer(200, "{\"token\":\"t9\"}");
    LoginClientConfig config =
        LoginClientConfig.builder().baseUrl(server.url("/").toString()).logger(lines::add).build();
    assertNull(config.systemLogger());
    new LoginRuntime("https://api.example.com", config).execute(LOGIN, params(), MAPPER);
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).endsWith(": SUCCESS"), lines.get(0));
  }

  private List<Kind> kinds() {
    return events.stream().map(LoginEvent::kind).toList();
  }

  interface FakeLogin {}

  /** Stands for a generated client: it implements its interface and creates the runtime. */
  static final class FakeClient implements FakeLogin {
    final LoginRuntime runtime;

    FakeClient(LoginClientConfig config) {
      this.runtime = new LoginRuntime("https://api.example.com", config);
    }
  }

  static final class Recording implements System.Logger {
    final List<String> lines = new CopyOnWriteArrayList<>();
    final boolean debug;
    int asked;

    Recording(boolean debug) {
      this.debug = debug;
    }

    @Override
    public String getName() {
      return "recording";
    }

    @Override
    public boolean isLoggable(Level level) {
      asked++;
      return debug && level.getSeverity() >= Level.DEBUG.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      lines.add(level + " " + msg);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      lines.add(level + " " + format);
    }
  }
}
