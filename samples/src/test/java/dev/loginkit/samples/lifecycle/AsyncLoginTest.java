package dev.loginkit.samples.lifecycle;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.LoginResult;
import dev.loginkit.SecretValue;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.samples.interserver.InterServerRestLogin;
import dev.loginkit.samples.interserver.InterServerRestLoginClient;
import dev.loginkit.samples.interserver.InterServerSession;
import dev.loginkit.samples.tenten.Kill;
import dev.loginkit.samples.tenten.TenTenLogin;
import dev.loginkit.samples.tenten.TenTenLoginClient;
import dev.loginkit.samples.tenten.TenTenSession;
import java.net.ServerSocket;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Async login methods: the future completes with the session (or fails with the {@code
 * LoginException}), or with the {@code LoginResult}; a declared retry happens off the caller's
 * thread too; cancelling the future cancels the HTTP call.
 */
class AsyncLoginTest {
  private static final String PASSWORD = "p&ss w0rd";
  private static final String PASSWORD_IN_URL = "p%26ss%20w0rd";
  private static final String TENTEN_TARGET =
      "/gw.k?api=login&apiversion=3&uid=jdoe&pswd=" + PASSWORD_IN_URL;
  private static final String TENTEN_SUCCESS =
      "<out><rc>0</rc><sid>sess-0042</sid><pswd>ENC+pw/x9</pswd>"
          + "<msg>Last login was: 2026-11-01 10:00:00</msg><version>prime-17.31</version></out>";

  private static final String INTERSERVER_PASSWORD = "mypassword";
  private static final String INTERSERVER_200 =
      "{\"ima\":\"client\",\"sessionId\":\"zzzzzzzzzzzzzz\","
          + "\"account_id\":123,\"account_lid\":\"my@user.com\"}";

  private static final long TIMEOUT_SECONDS = 10;

  @StartStop public final MockWebServer server = new MockWebServer();

  /** Releases a response the server holds back; released after each test so the server can stop. */
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseHeldResponses() {
    release.countDown();
  }

  private LoginClientConfig.Builder config() {
    return LoginClientConfig.builder().baseUrl(server.url("/").toString());
  }

  private TenTenLogin tenTen() {
    return new TenTenLoginClient(config().build());
  }

  private InterServerRestLogin interServer() {
    return new InterServerRestLoginClient(config().build());
  }

  private static MockResponse xml(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "text/xml")
        .body(body)
        .build();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(TIMEOUT_SECONDS, SECONDS);
    assertNotNull(request, "no request arrived");
    return request;
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.get(TIMEOUT_SECONDS, SECONDS);
  }

  // TenTenLogin.loginAsync: CompletableFuture<TenTenSession> ------------------------------------

  @Test
  void aSuccessCompletesWithTheSession() throws Exception {
    server.enqueue(xml(TENTEN_SUCCESS));

    TenTenSession session = await(tenTen().loginAsync("jdoe", PASSWORD, null));

    assertEquals(
        new TenTenSession(
            "sess-0042",
            SecretValue.of("ENC+pw/x9"),
            "Last login was: 2026-11-01 10:00:00",
            "prime-17.31"),
        session);
    RecordedRequest request = take();
    assertEquals("GET", request.getMethod());
    assertEquals(TENTEN_TARGET + "&kill=no", request.getTarget());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aRefusalFailsTheFutureWithTheLoginRejectedException() throws Exception {
    server.enqueue(
        xml("<out><rc>4</rc><msg>Invalid user identification: p&amp;ss w0rd</msg></out>"));

    CompletableFuture<TenTenSession> future = tenTen().loginAsync("jdoe", PASSWORD, Kill.NO);

    ExecutionException e = assertThrows(ExecutionException.class, () -> await(future));
    LoginRejectedException rejected = assertInstanceOf(LoginRejectedException.class, e.getCause());
    assertEquals(FailureReason.INVALID_CREDENTIALS, rejected.reason());
    assertEquals("4", rejected.failure().code());
    assertEquals("Invalid user identification: ***", rejected.failure().message());
    assertFalse(rejected.getMessage().contains(PASSWORD), rejected.getMessage());
    assertTrue(future.isCompletedExceptionally());
    assertFalse(future.isCancelled());
    assertEquals(TENTEN_TARGET + "&kill=no", take().getTarget());
    assertEquals(1, server.getRequestCount(), "only a session conflict is retried");
  }

  @Test
  void theDeclaredRetryOnceHappensAsynchronouslyToo() throws Exception {
    server.enqueue(xml("<out><rc>5</rc><msg>Already logged in</msg></out>"));
    server.enqueue(xml(TENTEN_SUCCESS));

    TenTenSession session = await(tenTen().loginAsync("jdoe", PASSWORD, null));

    assertEquals("sess-0042", session.sid());
    assertEquals(TENTEN_TARGET + "&kill=no", take().getTarget());
    assertEquals(TENTEN_TARGET + "&kill=possess", take().getTarget());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void theDeclaredRetryNeverOverridesAKillTheCallerChoseAsynchronouslyEither() throws Exception {
    server.enqueue(xml("<out><rc>5</rc><msg>Already logged in</msg></out>"));
    server.enqueue(xml(TENTEN_SUCCESS));

    CompletableFuture<TenTenSession> future = tenTen().loginAsync("jdoe", PASSWORD, Kill.NO);

    ExecutionException e = assertThrows(ExecutionException.class, () -> await(future));
    assertEquals(
        FailureReason.SESSION_CONFLICT,
        assertInstanceOf(LoginRejectedException.class, e.getCause()).reason());
    assertEquals(TENTEN_TARGET + "&kill=no", take().getTarget());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aSecondConflictFailsTheFutureAfterExactlyOneRetry() throws Exception {
    server.enqueue(xml("<out><rc>5</rc><msg>Already logged in</msg></out>"));
    server.enqueue(xml("<out><rc>5</rc><msg>Already logged in</msg></out>"));

    CompletableFuture<TenTenSession> future = tenTen().loginAsync("jdoe", PASSWORD, null);

    ExecutionException e = assertThrows(ExecutionException.class, () -> await(future));
    assertEquals(
        FailureReason.SESSION_CONFLICT,
        assertInstanceOf(LoginRejectedException.class, e.getCause()).reason());
    assertEquals(TENTEN_TARGET + "&kill=no", take().getTarget());
    assertEquals(TENTEN_TARGET + "&kill=possess", take().getTarget());
    assertEquals(2, server.getRequestCount());
  }

  // InterServerRestLogin.loginAsync: CompletableFuture<LoginResult<InterServerSession>> ---------

  @Test
  void aResultReturningAsyncLoginCompletesWithSuccess() throws Exception {
    server.enqueue(json(200, INTERSERVER_200));

    LoginResult<InterServerSession> result =
        await(interServer().loginAsync("user@domain.com", INTERSERVER_PASSWORD, null, null, null));

    LoginResult.Success<InterServerSession> success =
        assertInstanceOf(LoginResult.Success.class, result);
    assertEquals(
        new InterServerSession("zzzzzzzzzzzzzz", 123, "my@user.com", "client", null),
        success.session());
    RecordedRequest request = take();
    assertEquals("POST", request.getMethod());
    assertEquals("/apiv2/login", request.getTarget());
    assertEquals(
        "{\"login\":\"user@domain.com\",\"passwd\":\"mypassword\"}", request.getBody().utf8());
  }

  @Test
  void aResultReturningAsyncLoginCompletesWithAChallenge() throws Exception {
    server.enqueue(json(402, "{\"field\":\"2fa\",\"message\":\"missing 2fa\"}"));

    LoginResult<InterServerSession> result =
        await(interServer().loginAsync("user@domain.com", INTERSERVER_PASSWORD, null, null, null));

    LoginResult.Challenge<InterServerSession> challenge =
        assertInstanceOf(LoginResult.Challenge.class, result);
    assertEquals(FailureReason.TWO_FACTOR_REQUIRED, challenge.reason());
    assertEquals("missing 2fa", challenge.details().message());
    assertTrue(challenge.canContinue());
    assertFalse(challenge.toString().contains(INTERSERVER_PASSWORD), challenge.toString());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aResultReturningAsyncLoginCompletesWithAFailureNotExceptionally() throws Exception {
    server.enqueue(json(402, "{\"field\":\"passwd\",\"message\":\"Invalid login or password\"}"));

    CompletableFuture<LoginResult<InterServerSession>> future =
        interServer().loginAsync("user@domain.com", "wrong", null, null, null);
    LoginResult<InterServerSession> result = await(future);

    LoginResult.Failure<InterServerSession> failure =
        assertInstanceOf(LoginResult.Failure.class, result);
    assertEquals(FailureReason.INVALID_CREDENTIALS, failure.reason());
    assertEquals("Invalid login or password", failure.failure().message());
    assertEquals("passwd", failure.failure().field());
    assertEquals(402, failure.failure().httpStatus());
    assertFalse(future.isCompletedExceptionally());
  }

  @Test
  void aTransportFailureIsAFailureResultNeverAnExceptionalCompletion() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    InterServerRestLogin client =
        new InterServerRestLoginClient(
            LoginClientConfig.builder().baseUrl("http://127.0.0.1:" + closedPort + "/").build());

    CompletableFuture<LoginResult<InterServerSession>> future =
        client.loginAsync("user@domain.com", INTERSERVER_PASSWORD, null, null, null);
    LoginResult<InterServerSession> result = await(future);

    assertFalse(future.isCompletedExceptionally());
    LoginResult.Failure<InterServerSession> failure =
        assertInstanceOf(LoginResult.Failure.class, result);
    assertEquals(FailureReason.TRANSPORT_ERROR, failure.reason());
    assertEquals(
        "false",
        failure.failure().details().get("mayHaveBeenProcessed"),
        "a refused connection sent nothing");
    assertTrue(
        failure
            .failure()
            .message()
            .contains("(POST http://127.0.0.1:" + closedPort + "/apiv2/login)"),
        failure.failure().message());
    assertFalse(result.toString().contains(INTERSERVER_PASSWORD), result.toString());
    assertNotNull(failure.cause());
  }

  // cancellation -------------------------------------------------------------------------------

  /** Counts OkHttp's {@code canceled(call)} events. */
  private static final class CancelWatch extends EventListener {
    final CountDownLatch canceled = new CountDownLatch(1);

    @Override
    public void canceled(Call call) {
      canceled.countDown();
    }
  }

  /**
   * Holds every response back until {@link #release}; {@code arrived} counts requests as they come.
   */
  private final class HoldingDispatcher extends Dispatcher {
    final CountDownLatch arrived = new CountDownLatch(1);
    private final MockResponse response;

    HoldingDispatcher(MockResponse response) {
      this.response = response;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      arrived.countDown();
      release.await(2 * TIMEOUT_SECONDS, SECONDS);
      return response;
    }
  }

  private LoginClientConfig watched(CancelWatch watch) {
    return config().httpClient(new OkHttpClient.Builder().eventListener(watch).build()).build();
  }

  @Test
  void cancellingTheSessionFutureCancelsTheHttpCall() throws Exception {
    HoldingDispatcher held = new HoldingDispatcher(xml(TENTEN_SUCCESS));
    server.setDispatcher(held);
    CancelWatch watch = new CancelWatch();
    TenTenLogin client = new TenTenLoginClient(watched(watch));

    CompletableFuture<TenTenSession> future = client.loginAsync("jdoe", PASSWORD, Kill.NO);
    assertTrue(held.arrived.await(TIMEOUT_SECONDS, SECONDS), "the login never reached the server");
    assertFalse(future.isDone());
    boolean cancelled = future.cancel(true);

    assertTrue(watch.canceled.await(TIMEOUT_SECONDS, SECONDS), "the OkHttp call was not cancelled");
    assertTrue(cancelled, "cancel(true) on a pending login reports that it cancelled it");
    assertTrue(future.isCancelled());
    assertThrows(CancellationException.class, () -> await(future));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void cancellingTheResultFutureCancelsTheHttpCall() throws Exception {
    HoldingDispatcher held = new HoldingDispatcher(json(200, INTERSERVER_200));
    server.setDispatcher(held);
    CancelWatch watch = new CancelWatch();
    InterServerRestLogin client = new InterServerRestLoginClient(watched(watch));

    CompletableFuture<LoginResult<InterServerSession>> future =
        client.loginAsync("user@domain.com", INTERSERVER_PASSWORD, null, null, null);
    assertTrue(held.arrived.await(TIMEOUT_SECONDS, SECONDS), "the login never reached the server");
    assertFalse(future.isDone());
    boolean cancelled = future.cancel(true);

    assertTrue(watch.canceled.await(TIMEOUT_SECONDS, SECONDS), "the OkHttp call was not cancelled");
    assertTrue(cancelled);
    assertTrue(future.isCancelled());
    assertThrows(CancellationException.class, () -> await(future));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void cancellingACompletedLoginChangesNothing() throws Exception {
    server.enqueue(xml(TENTEN_SUCCESS));
    CompletableFuture<TenTenSession> future = tenTen().loginAsync("jdoe", PASSWORD, null);
    TenTenSession session = await(future);

    assertFalse(future.cancel(true));

    assertFalse(future.isCancelled());
    assertEquals(session, future.getNow(null));
    assertEquals(1, server.getRequestCount());
  }
}
