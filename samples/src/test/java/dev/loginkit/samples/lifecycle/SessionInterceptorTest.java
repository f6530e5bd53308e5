package dev.loginkit.samples.lifecycle;

import static java.util.concurrent.TimeUnit.MINUTES;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginException;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.LoginTransportException;
import dev.loginkit.SessionInterceptor;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.samples.sendloop.SendloopLoginClient;
import dev.loginkit.samples.sendloop.SendloopSession;
import dev.loginkit.samples.tenten.Kill;
import dev.loginkit.samples.tenten.TenTenLoginClient;
import dev.loginkit.samples.tenten.TenTenSession;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * The life of a login after the login call: the generated {@code sessionInterceptor(...)} on a
 * separate OkHttp client attaches the session to later requests, renews it once when the server
 * says it expired, and replays only what is safe to replay.
 */
class SessionInterceptorTest {
  private static final String PASSWORD = "p&ss w0rd";
  private static final String PASSWORD_IN_URL = "p%26ss%20w0rd";
  private static final String PASSWORD_IN_XML = "p&amp;ss w0rd";
  private static final String ENCRYPTED = "ENC+pw/x9";
  private static final String ENCRYPTED_IN_URL = "ENC%2Bpw%2Fx9";
  private static final String TENTEN_LOGIN =
      "/gw.k?api=login&apiversion=3&uid=jdoe&pswd=" + PASSWORD_IN_URL + "&kill=possess";

  private static final String SENDLOOP_KEY = "239ce66c239kdb7d52f1216fda4bf3a23id392";
  private static final String SENDLOOP_LOGIN =
      "/api/v2/?Command=User.Login&APIKey="
          + SENDLOOP_KEY
          + "&Username=acmeuser&Password="
          + PASSWORD_IN_URL
          + "&ResponseFormat=XML";

  private static final int THREADS = 64;
  private static final long TIMEOUT_SECONDS = 30;

  @StartStop public final MockWebServer server = new MockWebServer();

  private LoginClientConfig config() {
    return LoginClientConfig.builder().baseUrl(server.url("/").toString()).build();
  }

  private static OkHttpClient apiClient(Interceptor sessions) {
    // room for every connection of the 64-thread tests, so that none is evicted while counted
    return new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(4 * THREADS, 5, MINUTES))
        .addInterceptor(sessions)
        .build();
  }

  private Request get(String pathAndQuery) {
    return new Request.Builder().url(server.url(pathAndQuery)).build();
  }

  private Request post(String path, String form) {
    return new Request.Builder()
        .url(server.url(path))
        .post(RequestBody.create(form, MediaType.get("application/x-www-form-urlencoded")))
        .build();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(TIMEOUT_SECONDS, SECONDS);
    assertNotNull(request, "no request arrived");
    return request;
  }

  private static MockResponse xml(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "text/xml")
        .body(body)
        .build();
  }

  private static MockResponse text(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "text/plain")
        .body(body)
        .build();
  }

  private static String tenTenSuccess(String sid, String encryptedPassword) {
    return "<out><rc>0</rc><sid>"
        + sid
        + "</sid><pswd>"
        + encryptedPassword
        + "</pswd>"
        + "<msg>Last login was: never</msg><version>prime-17.31</version></out>";
  }

  private static String sendloopSuccess(String sessionId) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<response>\n"
        + "    <Success><![CDATA[1]]></Success>\n"
        + "    <ErrorCode>\n        <subnode_0><![CDATA[0]]></subnode_0>\n    </ErrorCode>\n"
        + "    <SessionID><![CDATA["
        + sessionId
        + "]]></SessionID>\n"
        + "    <UserInfo><Email><![CDATA[john@acme.com]]></Email></UserInfo>\n</response>";
  }

  /** Sendloop's answer to any call whose session is gone: HTTP 200, error code 9998. */
  private static final String SENDLOOP_EXPIRED =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<response>\n"
          + "    <Success><![CDATA[0]]></Success>\n"
          + "    <ErrorCode>\n        <subnode_0><![CDATA[9998]]></subnode_0>\n    </ErrorCode>\n</response>";

  private static final String SENDLOOP_CAMPAIGNS =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<response>\n"
          + "    <Success><![CDATA[1]]></Success>\n"
          + "    <ErrorCode>\n        <subnode_0><![CDATA[0]]></subnode_0>\n    </ErrorCode>\n"
          + "    <Campaigns><Campaign><CampaignID>7</CampaignID></Campaign></Campaigns>\n</response>";

  private static String call(OkHttpClient api, Request request) throws IOException {
    try (Response response = api.newCall(request).execute()) {
      return response.code() + " " + response.body().string();
    }
  }

  // (a) ------------------------------------------------------------------------------------------

  @Test
  void theFirstRequestLogsInOnceAndEveryRequestCarriesSidAndEncryptedPassword() throws Exception {
    server.enqueue(xml(tenTenSuccess("sess-0042", ENCRYPTED)));
    server.enqueue(text(200, "first"));
    server.enqueue(text(200, "second"));
    TenTenLoginClient login = new TenTenLoginClient(config());
    AtomicInteger logins = new AtomicInteger();
    SessionInterceptor<TenTenSession> sessions =
        login.sessionInterceptor(
            () -> {
              logins.incrementAndGet();
              return login.login("jdoe", PASSWORD, Kill.POSSESS);
            });
    OkHttpClient api = apiClient(sessions);
    assertEquals(
        0, server.getRequestCount(), "the interceptor logs in lazily, on the first request");

    assertEquals("200 first", call(api, get("/api/query?table=sales")));
    // an own sid in the request is replaced, not sent twice
    assertEquals("200 second", call(api, get("/api/query?sid=mine&table=regions")));

    assertEquals(TENTEN_LOGIN, take().getTarget());
    RecordedRequest first = take();
    assertEquals("GET", first.getMethod());
    assertEquals(
        "/api/query?table=sales&sid=sess-0042&pswd=" + ENCRYPTED_IN_URL, first.getTarget());
    assertEquals(ENCRYPTED, first.getUrl().queryParameter("pswd"));
    assertEquals(
        "/api/query?table=regions&sid=sess-0042&pswd=" + ENCRYPTED_IN_URL, take().getTarget());
    assertEquals(1, logins.get());
    assertEquals(3, server.getRequestCount());
    assertEquals(
        ENCRYPTED, sessions.session().encryptedPassword().reveal(), "session() is the held one");
    assertEquals(1, logins.get());
  }

  // (b) ------------------------------------------------------------------------------------------

  @Test
  void sendloopErrorCode9998InA200LogsInAgainAndReplaysTheGetWithTheNewSessionId()
      throws Exception {
    server.enqueue(xml(sendloopSuccess("sess-A")));
    server.enqueue(xml(SENDLOOP_EXPIRED));
    server.enqueue(xml(sendloopSuccess("sess-B")));
    server.enqueue(xml(SENDLOOP_CAMPAIGNS));
    SendloopLoginClient login = new SendloopLoginClient(config());
    SessionInterceptor<SendloopSession> sessions =
        login.sessionInterceptor(() -> login.login(SENDLOOP_KEY, "acmeuser", PASSWORD, null));
    OkHttpClient api = apiClient(sessions);

    assertEquals("200 " + SENDLOOP_CAMPAIGNS, call(api, get("/api/v2/?Command=Campaign.List")));

    assertEquals(SENDLOOP_LOGIN, take().getTarget());
    assertEquals("/api/v2/?Command=Campaign.List&SessionID=sess-A", take().getTarget());
    assertEquals(SENDLOOP_LOGIN, take().getTarget());
    RecordedRequest replay = take();
    assertEquals("GET", replay.getMethod());
    assertEquals("/api/v2/?Command=Campaign.List&SessionID=sess-B", replay.getTarget());
    assertEquals(4, server.getRequestCount());
    assertEquals("sess-B", sessions.session().sessionId());
  }

  @Test
  void answersThatDoNotSayExpiredPassUntouchedWithoutALogin() throws Exception {
    server.enqueue(xml(sendloopSuccess("sess-A")));
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(text(200, "not xml at all <"));
    server.enqueue(xml("<response><ErrorCode><subnode_0>9999</subnode_0></ErrorCode></response>"));
    SendloopLoginClient login = new SendloopLoginClient(config());
    OkHttpClient api =
        apiClient(
            login.sessionInterceptor(() -> login.login(SENDLOOP_KEY, "acmeuser", PASSWORD, null)));

    assertEquals("204 ", call(api, get("/api/v2/?Command=A")));
    assertEquals("200 not xml at all <", call(api, get("/api/v2/?Command=B")));
    assertEquals(
        "200 <response><ErrorCode><subnode_0>9999</subnode_0></ErrorCode></response>",
        call(api, get("/api/v2/?Command=C")));

    assertEquals(SENDLOOP_LOGIN, take().getTarget());
    for (String command : List.of("A", "B", "C")) {
      assertEquals("/api/v2/?Command=" + command + "&SessionID=sess-A", take().getTarget());
    }
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void aJsonAnswerIsReadAsJsonWhateverTheDeclaredFormat() throws Exception {
    server.enqueue(xml(sendloopSuccess("sess-A")));
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("{\"Success\":false,\"ErrorCode\":[9998]}")
            .build());
    server.enqueue(xml(sendloopSuccess("sess-B")));
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("{\"Success\":true}")
            .build());
    SendloopLoginClient login = new SendloopLoginClient(config());
    OkHttpClient api =
        apiClient(
            login.sessionInterceptor(() -> login.login(SENDLOOP_KEY, "acmeuser", PASSWORD, null)));

    assertEquals(
        "200 {\"Success\":true}", call(api, get("/api/v2/?Command=J&ResponseFormat=JSON")));

    assertEquals(SENDLOOP_LOGIN, take().getTarget());
    assertEquals("/api/v2/?Command=J&ResponseFormat=JSON&SessionID=sess-A", take().getTarget());
    assertEquals(SENDLOOP_LOGIN, take().getTarget());
    assertEquals("/api/v2/?Command=J&ResponseFormat=JSON&SessionID=sess-B", take().getTarget());
  }

  // (c) ------------------------------------------------------------------------------------------

  @Test
  void anExpiredPostIsNotReplayedButTheNextRequestHasTheNewSessionAndATaggedPostIsReplayed()
      throws Exception {
    server.enqueue(xml(tenTenSuccess("s1", "E1")));
    server.enqueue(text(401, "expired"));
    server.enqueue(xml(tenTenSuccess("s2", "E2")));
    server.enqueue(text(200, "stored"));
    server.enqueue(text(401, "expired again"));
    server.enqueue(xml(tenTenSuccess("s3", "E3")));
    server.enqueue(text(200, "stored after replay"));
    TenTenLoginClient login = new TenTenLoginClient(config());
    AtomicInteger logins = new AtomicInteger();
    OkHttpClient api =
        apiClient(
            login.sessionInterceptor(
                () -> {
                  logins.incrementAndGet();
                  return login.login("jdoe", PASSWORD, Kill.POSSESS);
                }));

    assertEquals(
        "401 expired", call(api, post("/api/upload", "rows=1")), "not idempotent: the 401 itself");
    assertEquals(2, logins.get(), "the session was renewed all the same");
    assertEquals("200 stored", call(api, post("/api/upload", "rows=2")));
    Request replaySafe =
        post("/api/upload", "rows=3")
            .newBuilder()
            .tag(SessionInterceptor.ReplaySafe.class, SessionInterceptor.REPLAY_SAFE)
            .build();
    assertEquals("200 stored after replay", call(api, replaySafe));
    assertEquals(3, logins.get());

    assertEquals(TENTEN_LOGIN, take().getTarget());
    assertPost(take(), "/api/upload?sid=s1&pswd=E1", "rows=1");
    assertEquals(TENTEN_LOGIN, take().getTarget());
    assertPost(take(), "/api/upload?sid=s2&pswd=E2", "rows=2");
    assertPost(take(), "/api/upload?sid=s2&pswd=E2", "rows=3");
    assertEquals(TENTEN_LOGIN, take().getTarget());
    assertPost(take(), "/api/upload?sid=s3&pswd=E3", "rows=3");
    assertEquals(7, server.getRequestCount());
  }

  private static void assertPost(RecordedRequest request, String target, String body) {
    assertEquals("POST", request.getMethod());
    assertEquals(target, request.getTarget());
    assertEquals(
        "application/x-www-form-urlencoded; charset=utf-8",
        request.getHeaders().get("Content-Type"));
    assertEquals(body, request.getBody().utf8());
  }

  // (d) ------------------------------------------------------------------------------------------

  @Test
  void aHeaderSessionTravelsAsBearerAuthorization() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("{\"access_token\":\"tok-9f8e7d\",\"user\":\"ann\"}")
            .build());
    server.enqueue(text(200, "me"));
    server.enqueue(text(200, "mine"));
    BearerLoginClient login = new BearerLoginClient(config());
    OkHttpClient api = apiClient(login.sessionInterceptor(() -> login.login("ann", PASSWORD)));

    assertEquals("200 me", call(api, get("/v1/me")));
    assertEquals(
        "200 mine",
        call(api, get("/v1/mine").newBuilder().header("Authorization", "Basic c3RhbGU=").build()));

    RecordedRequest loginRequest = take();
    assertEquals("/oauth/token", loginRequest.getTarget());
    assertNull(loginRequest.getHeaders().get("Authorization"));
    RecordedRequest me = take();
    assertEquals("/v1/me", me.getTarget());
    assertEquals(List.of("Bearer tok-9f8e7d"), me.getHeaders().values("Authorization"));
    RecordedRequest mine = take();
    assertEquals("/v1/mine", mine.getTarget());
    assertEquals(
        List.of("Bearer tok-9f8e7d"),
        mine.getHeaders().values("Authorization"),
        "replaced, not added");
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void aCookieSessionTravelsInTheCookieHeaderNextToTheRequestsOwnCookies() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(204)
            .addHeader("Set-Cookie", "PHPSESSID=9k2l3m4n5o6p; path=/; HttpOnly")
            .build());
    server.enqueue(text(200, "account"));
    server.enqueue(text(200, "orders"));
    PhpSessionLoginClient login = new PhpSessionLoginClient(config());
    OkHttpClient api = apiClient(login.sessionInterceptor(() -> login.login("ann", PASSWORD)));

    assertEquals("200 account", call(api, get("/account.php")));
    assertEquals(
        "200 orders",
        call(api, get("/orders.php").newBuilder().header("Cookie", "lang=en").build()));

    RecordedRequest loginRequest = take();
    assertEquals("/login.php", loginRequest.getTarget());
    assertNull(loginRequest.getHeaders().get("Cookie"));
    RecordedRequest account = take();
    assertEquals("/account.php", account.getTarget());
    assertEquals(List.of("PHPSESSID=9k2l3m4n5o6p"), account.getHeaders().values("Cookie"));
    RecordedRequest orders = take();
    assertEquals("/orders.php", orders.getTarget());
    assertEquals(List.of("lang=en; PHPSESSID=9k2l3m4n5o6p"), orders.getHeaders().values("Cookie"));
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void aPrefixedSecretTravelsAsItsValueInTheQueryAndInACookie() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("{\"token\":\"tok/1\",\"device\":\"dev-2\"}")
            .build());
    server.enqueue(text(200, "ok"));
    PrefixedTokenLoginClient login = new PrefixedTokenLoginClient(config());
    OkHttpClient api = apiClient(login.sessionInterceptor(() -> login.login("ann", PASSWORD)));

    assertEquals("200 ok", call(api, get("/things")));

    assertEquals("/token", take().getTarget());
    RecordedRequest things = take();
    assertEquals("/things?access_token=v1.tok%2F1", things.getTarget());
    assertEquals("device=v1.dev-2", things.getHeaders().get("Cookie"));
  }

  // (e) and (f) ----------------------------------------------------------------------------------

  /**
   * 1010data-like server: login N answers session {@code sess-N}; {@code /api/data} answers 401 to
   * {@code sess-1} and 200 otherwise. The renewal login (the second) is held until all the requests
   * with the expired session have arrived, so every thread really does find it expired.
   */
  private static final class RenewalServer extends Dispatcher {
    final AtomicInteger logins = new AtomicInteger();
    final AtomicInteger fresh = new AtomicInteger();
    final CountDownLatch staleArrived = new CountDownLatch(THREADS);
    final AtomicBoolean renewalWaitedForAll = new AtomicBoolean();
    private final boolean renewalFails;

    RenewalServer(boolean renewalFails) {
      this.renewalFails = renewalFails;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      HttpUrl url = request.getUrl();
      switch (url.encodedPath()) {
        case "/gw.k":
          {
            int n = logins.incrementAndGet();
            if (n == 2) {
              renewalWaitedForAll.set(staleArrived.await(TIMEOUT_SECONDS, SECONDS));
              if (renewalFails) {
                return xml(
                    "<out><rc>4</rc><msg>Invalid user identification: "
                        + PASSWORD_IN_XML
                        + "</msg></out>");
              }
            }
            return xml(tenTenSuccess("sess-" + n, "ENC+" + n + "/x"));
          }
        case "/api/ping":
          return text(200, "pong " + url.queryParameter("sid"));
        case "/api/data":
          if ("sess-1".equals(url.queryParameter("sid"))) {
            staleArrived.countDown();
            return text(401, "session expired");
          }
          fresh.incrementAndGet();
          return text(
              200, "data for " + url.queryParameter("sid") + " " + url.queryParameter("pswd"));
        default:
          return text(404, "no such path");
      }
    }
  }

  /**
   * Starts {@code THREADS} threads together, each doing one GET, and returns each one's outcome.
   */
  private List<Object> getFromAllThreadsAtOnce(OkHttpClient api, String path) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch ready = new CountDownLatch(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        Callable<Object> task =
            () -> {
              ready.countDown();
              assertTrue(go.await(TIMEOUT_SECONDS, SECONDS));
              try {
                return call(api, get(path));
              } catch (RuntimeException | IOException e) {
                return e;
              }
            };
        futures.add(pool.submit(task));
      }
      assertTrue(ready.await(TIMEOUT_SECONDS, SECONDS), "threads did not start");
      go.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        outcomes.add(future.get(2 * TIMEOUT_SECONDS, SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private SessionInterceptor<TenTenSession> tenTenSessions(AtomicInteger supplierCalls) {
    TenTenLoginClient login = new TenTenLoginClient(config());
    return login.sessionInterceptor(
        () -> {
          supplierCalls.incrementAndGet();
          return login.login("jdoe", PASSWORD, Kill.POSSESS);
        });
  }

  @Test
  void sixtyFourThreadsFindingTheSessionExpiredShareOneRenewal() throws Exception {
    RenewalServer renewal = new RenewalServer(false);
    server.setDispatcher(renewal);
    AtomicInteger supplierCalls = new AtomicInteger();
    OkHttpClient api = apiClient(tenTenSessions(supplierCalls));
    assertEquals("200 pong sess-1", call(api, get("/api/ping")));
    assertEquals(1, renewal.logins.get());

    List<Object> outcomes = getFromAllThreadsAtOnce(api, "/api/data");

    assertTrue(
        renewal.renewalWaitedForAll.get(), "the renewal did not see all 64 expired requests first");
    for (Object outcome : outcomes) {
      assertEquals("200 data for sess-2 ENC+2/x", outcome);
    }
    assertEquals(2, renewal.logins.get(), "initial login + exactly one renewal");
    assertEquals(2, supplierCalls.get());
    assertEquals(THREADS, renewal.fresh.get());
    assertEquals(1 + 1 + THREADS + 1 + THREADS, server.getRequestCount());
    assertEquals(
        api.connectionPool().connectionCount(),
        api.connectionPool().idleConnectionCount(),
        "every response was closed");
  }

  @Test
  void whenTheRenewalFailsAllSixtyFourThreadsFailWithItsReasonAndNoneLogsInAgain()
      throws Exception {
    RenewalServer renewal = new RenewalServer(true);
    server.setDispatcher(renewal);
    AtomicInteger supplierCalls = new AtomicInteger();
    SessionInterceptor<TenTenSession> sessions = tenTenSessions(supplierCalls);
    OkHttpClient api = apiClient(sessions);
    assertEquals("200 pong sess-1", call(api, get("/api/ping")));

    List<Object> outcomes = getFromAllThreadsAtOnce(api, "/api/data");

    assertTrue(
        renewal.renewalWaitedForAll.get(), "the renewal did not see all 64 expired requests first");
    for (Object outcome : outcomes) {
      LoginRejectedException e = assertInstanceOf(LoginRejectedException.class, outcome);
      assertEquals(FailureReason.INVALID_CREDENTIALS, e.reason());
      assertEquals("4", e.failure().code());
      assertNoSecret(e);
    }
    assertEquals(2, renewal.logins.get(), "initial login + exactly one failed renewal");
    assertEquals(2, supplierCalls.get());
    assertEquals(0, renewal.fresh.get());
    assertEquals(1 + 1 + THREADS + 1, server.getRequestCount(), "nothing replayed");
    assertEquals(
        api.connectionPool().connectionCount(),
        api.connectionPool().idleConnectionCount(),
        "every expired response was closed although its renewal failed");
    assertEquals("SessionInterceptor[no session]", sessions.toString());
  }

  // (g) ------------------------------------------------------------------------------------------

  @Test
  void neitherTheInterceptorNorItsFailuresShowThePasswordOrTheEncryptedPassword() throws Exception {
    server.enqueue(xml(tenTenSuccess("sess-0042", ENCRYPTED)));
    server.enqueue(text(200, "ok"));
    TenTenLoginClient login = new TenTenLoginClient(config());
    SessionInterceptor<TenTenSession> sessions =
        login.sessionInterceptor(() -> login.login("jdoe", PASSWORD, Kill.POSSESS));
    assertEquals("SessionInterceptor[no session]", sessions.toString());
    call(apiClient(sessions), get("/api/query"));
    assertEquals("SessionInterceptor[session held]", sessions.toString());
    assertEquals(
        "TenTenSession[sid=sess-0042, encryptedPassword=***, message=Last login was: never, "
            + "version=prime-17.31]",
        sessions.session().toString());

    // a renewal refused with the password echoed back
    server.enqueue(text(401, "expired"));
    server.enqueue(
        xml(
            "<out><rc>4</rc><msg>Invalid user identification: "
                + PASSWORD_IN_XML
                + "</msg></out>"));
    LoginRejectedException rejected =
        assertThrows(
            LoginRejectedException.class, () -> call(apiClient(sessions), get("/api/query")));
    assertNoSecret(rejected);
    assertFalse(sessions.toString().contains(ENCRYPTED));

    // a login that never reaches its server: the URL in the message carries the password
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    TenTenLoginClient unreachable =
        new TenTenLoginClient(
            LoginClientConfig.builder().baseUrl("http://127.0.0.1:" + closedPort + "/").build());
    SessionInterceptor<TenTenSession> failing =
        unreachable.sessionInterceptor(() -> unreachable.login("jdoe", PASSWORD, Kill.POSSESS));
    LoginTransportException transport =
        assertThrows(
            LoginTransportException.class, () -> call(apiClient(failing), get("/api/query")));
    assertEquals(FailureReason.TRANSPORT_ERROR, transport.reason());
    assertTrue(transport.getMessage().contains("/gw.k"), transport.getMessage());
    assertNoSecret(transport);
    assertEquals("SessionInterceptor[no session]", failing.toString());
  }

  private static void assertNoSecret(LoginException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (String text : List.of(String.valueOf(t.getMessage()), t.toString())) {
        for (String secret :
            List.of(PASSWORD, PASSWORD_IN_URL, "p&ss", ENCRYPTED, ENCRYPTED_IN_URL, "ENC+1")) {
          assertFalse(text.contains(secret), text);
        }
      }
    }
    assertFalse(e.failure().toString().contains(PASSWORD), e.failure().toString());
  }
}
