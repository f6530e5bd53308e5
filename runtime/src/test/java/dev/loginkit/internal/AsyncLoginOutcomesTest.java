package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.CallTracker;
import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginConfigurationException;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.In;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Async logins through the real runtime against a loopback server: the future completes with the
 * same one outcome a blocking login has; a declared retry is sent once, with the fallback only
 * where the caller passed no value; cancelling ends the call; nothing is sent twice.
 */
class AsyncLoginOutcomesTest {
  private static final String PASSWORD = "As7nc p@ss&1";
  private static final SessionMapper<String> MAPPER = reply -> reply.get(From.BODY, "sid", true);
  private static final Operation LOGIN =
      Operation.post("login", "/login", BodyEncoding.FORM, Format.JSON)
          .successWhen("sid")
          .failureDetails("code", "message", "")
          .onCode(FailureReason.SESSION_CONFLICT, "5")
          .retryOnce(FailureReason.SESSION_CONFLICT, "kill", "possess")
          .reads("sid")
          .build();
  private static final String CONFLICT = "{\"code\":\"5\",\"message\":\"already logged in\"}";

  private final MockWebServer server = new MockWebServer();
  private final CallTracker tracker = new CallTracker();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    assertTrue(tracker.awaitAllEnded(Duration.ofSeconds(10)), "a call is still running");
    assertEquals(0, tracker.connectionsHeld(), "a connection is still held");
    server.close();
  }

  private LoginRuntime runtime(Duration timeout) {
    OkHttpClient client = new OkHttpClient.Builder().eventListener(tracker).build();
    return new LoginRuntime(
        "https://login.example.com",
        LoginClientConfig.builder()
            .baseUrl(server.url("/").toString())
            .httpClient(client)
            .loginTimeout(timeout)
            .build());
  }

  private static Params params(String kill) {
    return new Params()
        .param("user", "alice")
        .secret("password", PASSWORD)
        .paramOrDefault("kill", kill, "no", In.DEFAULT);
  }

  private static LoginResult<String> await(CompletableFuture<LoginResult<String>> future)
      throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  private static String body(RecordedRequest request) {
    return request.getBody().utf8();
  }

  @Test
  void completesWithTheSessionAfterOneRequest() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"s-async\"}").build());

    LoginResult<String> result =
        await(runtime(Duration.ofSeconds(10)).executeAsync(LOGIN, params(null), MAPPER, null));

    assertEquals("s-async", assertInstanceOf(LoginResult.Success.class, result).session());
    assertEquals(1, server.getRequestCount());
    assertEquals(1, tracker.wireSends());
  }

  @Test
  void theFormatChosenForTheCallDecidesHowTheAnswerIsRead() throws Exception {
    Operation xmlAnswered =
        Operation.post("login", "/login", BodyEncoding.FORM, Format.XML)
            .successWhen("sid")
            .reads("sid")
            .build();
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"json-answer\"}").build());

    LoginResult<String> result =
        await(
            runtime(Duration.ofSeconds(10))
                .executeAsync(xmlAnswered, params("no"), MAPPER, Format.JSON));

    assertEquals("json-answer", assertInstanceOf(LoginResult.Success.class, result).session());
  }

  @Test
  void aDefaultedValueIsReplacedByTheDeclaredRetryOnce() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(CONFLICT).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"s-2\"}").build());

    LoginResult<String> result =
        await(runtime(Duration.ofSeconds(10)).executeAsync(LOGIN, params(null), MAPPER, null));

    assertEquals("s-2", assertInstanceOf(LoginResult.Success.class, result).session());
    assertEquals(2, server.getRequestCount());
    assertTrue(body(server.takeRequest()).endsWith("kill=no"));
    assertTrue(body(server.takeRequest()).endsWith("kill=possess"));
  }

  @Test
  void theRetryIsSentAtMostOnce() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(CONFLICT).build());
    server.enqueue(new MockResponse.Builder().code(200).body(CONFLICT).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"never\"}").build());

    LoginResult<String> result =
        await(runtime(Duration.ofSeconds(10)).executeAsync(LOGIN, params(null), MAPPER, null));

    LoginFailure failure = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.SESSION_CONFLICT, failure.reason());
    assertEquals(2, server.getRequestCount());
    assertEquals(2, tracker.wireSends());
  }

  @Test
  void aValueTheCallerPassedIsNeverReplaced() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(CONFLICT).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"never\"}").build());

    LoginResult<String> result =
        await(runtime(Duration.ofSeconds(10)).executeAsync(LOGIN, params("no"), MAPPER, null));

    assertEquals(
        FailureReason.SESSION_CONFLICT,
        assertInstanceOf(LoginResult.Failure.class, result).failure().reason());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aConnectionDroppedAfterTheRequestIsATransportFailureThatMayHaveBeenProcessed()
      throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());

    LoginResult<String> result =
        await(runtime(Duration.ofSeconds(10)).executeAsync(LOGIN, params(null), MAPPER, null));

    LoginFailure failure = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.TRANSPORT_ERROR, failure.reason());
    assertEquals("true", failure.details().get(LoginFailure.MAY_HAVE_BEEN_PROCESSED));
    assertFalse(failure.details().containsKey(LoginFailure.TIMED_OUT));
    assertFalse(failure.summary().contains(PASSWORD));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void theRetryOfADroppedConnectionIsNeverSent() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(CONFLICT).build());
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"never\"}").build());

    LoginResult<String> result =
        await(runtime(Duration.ofSeconds(10)).executeAsync(LOGIN, params(null), MAPPER, null));

    LoginFailure failure = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.TRANSPORT_ERROR, failure.reason());
    assertEquals("true", failure.details().get(LoginFailure.MAY_HAVE_BEEN_PROCESSED));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void cancellingTheFutureCancelsTheCallInFlight() throws Exception {
    CountDownLatch received = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            received.countDown();
            release.await(10, TimeUnit.SECONDS);
            return new MockResponse.Builder().code(200).body("{\"sid\":\"late\"}").build();
          }
        });
    try {
      CompletableFuture<LoginResult<String>> future =
          runtime(Duration.ofSeconds(10)).executeAsync(LOGIN, params(null), MAPPER, null);
      assertTrue(received.await(10, TimeUnit.SECONDS));

      assertTrue(future.cancel(true));

      assertTrue(future.isCancelled());
      assertThrows(CancellationException.class, () -> future.get(1, TimeUnit.SECONDS));
      assertTrue(tracker.awaitAllEnded(Duration.ofSeconds(10)), "the HTTP call was not cancelled");
      assertEquals(1, server.getRequestCount());
    } finally {
      release.countDown();
    }
  }

  @Test
  void aLoginPastItsDeadlineEndsThereAndItsRetryIsNotSent() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<String> bodies = new ArrayList<>();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            synchronized (bodies) {
              bodies.add(request.getBody().utf8());
            }
            release.await(10, TimeUnit.SECONDS); // answers only after the login's deadline
            return new MockResponse.Builder().code(200).body(CONFLICT).build();
          }
        });
    try {
      long start = System.nanoTime();
      LoginResult<String> result =
          await(runtime(Duration.ofMillis(300)).executeAsync(LOGIN, params(null), MAPPER, null));
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      LoginFailure failure = assertInstanceOf(LoginResult.Failure.class, result).failure();
      assertEquals(FailureReason.TRANSPORT_ERROR, failure.reason());
      assertEquals("true", failure.details().get(LoginFailure.TIMED_OUT));
      assertEquals("true", failure.details().get(LoginFailure.MAY_HAVE_BEEN_PROCESSED));
      assertTrue(failure.message().contains("300 ms"), failure.message());
      assertTrue(millis < 5_000, millis + " ms");
      // the call was given up at the deadline, while the server still holds its answer
      assertTrue(tracker.awaitAllEnded(Duration.ofSeconds(5)), "the call outlived its login");
    } finally {
      release.countDown();
    }
    assertTrue(tracker.awaitAllEnded(Duration.ofSeconds(10)));
    synchronized (bodies) {
      assertEquals(1, bodies.size(), "the declared retry was sent after the deadline");
    }
  }

  @Test
  void theOrThrowFutureFailsWithTheLoginException() throws Exception {
    server.enqueue(
        new MockResponse.Builder().code(401).body("{\"message\":\"bad password\"}").build());

    CompletableFuture<String> future =
        runtime(Duration.ofSeconds(10)).executeAsyncOrThrow(LOGIN, params("no"), MAPPER, null);

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    LoginRejectedException rejected = assertInstanceOf(LoginRejectedException.class, e.getCause());
    assertEquals(FailureReason.INVALID_CREDENTIALS, rejected.reason());
  }

  @Test
  void aCallRefusedBeforeSendingThrowsAndSendsNothing() {
    Params bad = new Params().secret("X-Token", "line\nbreak", In.HEADER);

    assertThrows(
        LoginConfigurationException.class,
        () -> runtime(Duration.ofSeconds(10)).executeAsync(LOGIN, bad, MAPPER, null));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aCompletedLoginCannotBeCancelledAnyMore() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"s-done\"}").build());
    CompletableFuture<LoginResult<String>> future =
        runtime(Duration.ofSeconds(10)).executeAsync(LOGIN, params(null), MAPPER, null);
    LoginResult<String> result = await(future);

    assertFalse(future.cancel(true));
    assertFalse(future.isCancelled());
    assertEquals(result, future.get());
  }

  @Test
  void aConnectionResetWhileTheBodyIsReadIsATransportFailure() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"sid\":\"" + "s".repeat(100_000) + "\"}")
            .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
            .build());

    LoginResult<String> result =
        await(runtime(Duration.ofSeconds(10)).executeAsync(LOGIN, params(null), MAPPER, null));

    LoginFailure failure = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.TRANSPORT_ERROR, failure.reason());
    assertEquals("true", failure.details().get(LoginFailure.MAY_HAVE_BEEN_PROCESSED));
    assertEquals(1, server.getRequestCount());
  }

  /**
   * OkHttp starts a call's timeout only when its dispatcher runs it: a login queued behind a busy
   * host still ends at its deadline, and, given up there, never reaches the server afterwards.
   */
  @Test
  void aLoginQueuedBehindABusyHostEndsAtItsDeadlineAndIsNeverSent() throws Exception {
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            first.countDown();
            release.await(10, TimeUnit.SECONDS);
            return new MockResponse.Builder().code(200).body("{\"sid\":\"late\"}").build();
          }
        });
    okhttp3.Dispatcher oneAtATime = new okhttp3.Dispatcher();
    oneAtATime.setMaxRequestsPerHost(1);
    OkHttpClient client =
        new OkHttpClient.Builder().eventListener(tracker).dispatcher(oneAtATime).build();
    LoginRuntime busy =
        new LoginRuntime(
            "https://login.example.com",
            LoginClientConfig.builder()
                .baseUrl(server.url("/").toString())
                .httpClient(client)
                .build());
    LoginRuntime hurried =
        new LoginRuntime(
            "https://login.example.com",
            LoginClientConfig.builder()
                .baseUrl(server.url("/").toString())
                .httpClient(client)
                .loginTimeout(Duration.ofMillis(300))
                .build());
    try {
      CompletableFuture<LoginResult<String>> blocking =
          busy.executeAsync(LOGIN, params(null), MAPPER, null);
      assertTrue(first.await(10, TimeUnit.SECONDS));

      LoginResult<String> queued = await(hurried.executeAsync(LOGIN, params(null), MAPPER, null));

      LoginFailure failure = assertInstanceOf(LoginResult.Failure.class, queued).failure();
      assertEquals("true", failure.details().get(LoginFailure.TIMED_OUT));
      assertEquals("false", failure.details().get(LoginFailure.MAY_HAVE_BEEN_PROCESSED));
      assertFalse(blocking.isDone());
      release.countDown();
      assertEquals("late", assertInstanceOf(LoginResult.Success.class, await(blocking)).session());
    } finally {
      release.countDown();
    }
    assertTrue(tracker.awaitAllEnded(Duration.ofSeconds(10)));
    assertEquals(
        1, server.getRequestCount(), "the queued login reached the server after its deadline");
    assertEquals(
        1,
        tracker.connects(),
        "the queued login, cancelled at its deadline, still opened a connection");
  }

  /** The deadline is kept even when the caller's dispatcher no longer accepts work. */
  @Test
  void aQueuedLoginEndsAtItsDeadlineWhenTheDispatcherIsShutDown() throws Exception {
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            first.countDown();
            release.await(10, TimeUnit.SECONDS);
            return new MockResponse.Builder().code(200).body("{\"sid\":\"late\"}").build();
          }
        });
    java.util.concurrent.ExecutorService executor =
        java.util.concurrent.Executors.newCachedThreadPool();
    okhttp3.Dispatcher oneAtATime = new okhttp3.Dispatcher(executor);
    oneAtATime.setMaxRequestsPerHost(1);
    OkHttpClient client =
        new OkHttpClient.Builder().eventListener(tracker).dispatcher(oneAtATime).build();
    LoginClientConfig.Builder config =
        LoginClientConfig.builder().baseUrl(server.url("/").toString()).httpClient(client);
    try {
      CompletableFuture<LoginResult<String>> blocking =
          new LoginRuntime("https://login.example.com", config.build())
              .executeAsync(LOGIN, params(null), MAPPER, null);
      assertTrue(first.await(10, TimeUnit.SECONDS));
      CompletableFuture<LoginResult<String>> queued =
          new LoginRuntime(
                  "https://login.example.com", config.loginTimeout(Duration.ofMillis(300)).build())
              .executeAsync(LOGIN, params(null), MAPPER, null);
      executor.shutdown();

      LoginFailure failure = assertInstanceOf(LoginResult.Failure.class, await(queued)).failure();

      assertEquals("true", failure.details().get(LoginFailure.TIMED_OUT));
      assertFalse(blocking.isDone());
      release.countDown();
      await(blocking);
    } finally {
      release.countDown();
    }
    assertTrue(tracker.awaitAllEnded(Duration.ofSeconds(10)));
    assertEquals(1, server.getRequestCount());
  }

  /**
   * A failure while the answer is read, thrown by a caller's interceptor as an unchecked exception,
   * is the same transport failure as in a blocking login: the future still completes with an
   * outcome.
   */
  @Test
  void anUncheckedFailureWhileReadingTheAnswerIsATransportFailure() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"s\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"s\"}").build());
    OkHttpClient failingBodies =
        new OkHttpClient.Builder()
            .eventListener(tracker)
            .addNetworkInterceptor(
                chain -> {
                  okhttp3.Response response = chain.proceed(chain.request());
                  okio.Source broken =
                      new okio.ForwardingSource(response.body().source()) {
                        @Override
                        public long read(okio.Buffer sink, long byteCount) {
                          throw new IllegalStateException("body source broke");
                        }
                      };
                  return response
                      .newBuilder()
                      .body(
                          okhttp3.ResponseBody.create(
                              okio.Okio.buffer(broken), response.body().contentType(), -1))
                      .build();
                })
            .build();
    LoginRuntime runtime =
        new LoginRuntime(
            "https://login.example.com",
            LoginClientConfig.builder()
                .baseUrl(server.url("/").toString())
                .httpClient(failingBodies)
                .build());

    LoginResult<String> blocking = runtime.execute(LOGIN, params("no"), MAPPER);
    LoginResult<String> async = await(runtime.executeAsync(LOGIN, params("no"), MAPPER, null));

    LoginFailure sync = assertInstanceOf(LoginResult.Failure.class, blocking).failure();
    LoginFailure viaFuture = assertInstanceOf(LoginResult.Failure.class, async).failure();
    assertEquals(FailureReason.TRANSPORT_ERROR, sync.reason());
    assertEquals(sync.reason(), viaFuture.reason());
    assertEquals(sync.details(), viaFuture.details());
  }
}
