package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginEvent;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.In;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A declared retry seen by a listener, for blocking and async logins alike: the first attempt, the
 * retry, the second attempt and the login, in that order, each with the caller's trigger and a
 * duration measured from its own start (never from the epoch of the JVM's clock).
 */
class RetryEventsTest {
  private static final Operation LOGIN =
      Operation.get("login", "/gw.k", Format.XML)
          .successWhen("rc", "0")
          .failureDetails("rc", "msg", "")
          .onCode(FailureReason.SESSION_CONFLICT, "5")
          .retryOnce(FailureReason.SESSION_CONFLICT, "kill", "possess")
          .reads("sid")
          .build();

  private static final SessionMapper<String> MAPPER = reply -> reply.get(From.BODY, "sid", true);

  @StartStop public final MockWebServer server = new MockWebServer();

  private static MockResponse xml(String body) {
    return new MockResponse.Builder().addHeader("Content-Type", "text/xml").body(body).build();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aDeclaredRetryIsReportedAttemptByAttempt(boolean async) throws Exception {
    server.enqueue(xml("<out><rc>5</rc><msg>Already logged in</msg></out>"));
    server.enqueue(xml("<out><rc>0</rc><sid>S1</sid></out>"));
    List<LoginEvent> events = Collections.synchronizedList(new ArrayList<>());
    LoginRuntime runtime =
        new LoginRuntime(
            "https://www2.1010data.com",
            LoginClientConfig.builder()
                .baseUrl(server.url("/").toString())
                .listener(events::add)
                .build());
    Params params =
        new Params()
            .param("uid", "alice")
            .secret("pswd", "pw")
            .paramOrDefault("kill", null, "no", In.DEFAULT);

    LoginResult<String> result =
        async
            ? runtime.executeAsync(LOGIN, params, MAPPER, null).get(10, TimeUnit.SECONDS)
            : runtime.execute(LOGIN, params, MAPPER);

    assertEquals("S1", assertInstanceOf(LoginResult.Success.class, result).session());
    List<LoginEvent.Kind> kinds = new ArrayList<>();
    for (LoginEvent e : events) {
      kinds.add(e.kind());
      assertEquals(LoginEvent.Trigger.CALL, e.trigger(), e.toString());
      assertTrue(
          !e.duration().isNegative() && e.duration().compareTo(Duration.ofSeconds(30)) < 0,
          "a duration from the attempt's or the login's start: " + e);
    }
    assertEquals(
        List.of(
            LoginEvent.Kind.ATTEMPT,
            LoginEvent.Kind.RETRY,
            LoginEvent.Kind.ATTEMPT,
            LoginEvent.Kind.LOGIN),
        kinds);
    assertEquals(1, events.get(0).attempt());
    assertEquals(FailureReason.SESSION_CONFLICT, events.get(0).reason());
    assertEquals(2, events.get(2).attempt());
    assertEquals(LoginEvent.Outcome.SUCCESS, events.get(2).outcome());
    assertEquals(2, events.get(3).attempt());
    assertEquals(LoginEvent.Outcome.SUCCESS, events.get(3).outcome());
    assertEquals(2, server.getRequestCount());
  }
}
