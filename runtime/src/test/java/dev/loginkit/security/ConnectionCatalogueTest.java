package dev.loginkit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.CallTracker;
import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.LoginTransportException;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.In;
import dev.loginkit.internal.LoginRuntime;
import dev.loginkit.internal.Operation;
import dev.loginkit.internal.Params;
import dev.loginkit.security.Harness.Session;
import dev.loginkit.security.RawServer.RawRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Connections and deadlines against raw-socket servers (MockWebServer cannot write these bytes): a
 * login reads its own answer and only its own, a stale connection never fails a login, framing is
 * strict, the size cap stops the network, and one deadline bounds the whole login. Each case checks
 * the typed outcome, what the server received, and that no secret shows.
 */
@Timeout(60)
class ConnectionCatalogueTest {
  /** 1010data's shape: password in the query, XML answer, a conflict retried with kill=possess. */
  private static final Operation LOGIN =
      Operation.get("login", "/gw.k", Format.XML)
          .successWhen("rc", "0")
          .failureDetails("rc", "msg", "")
          .onCode(FailureReason.INVALID_CREDENTIALS, "4")
          .onCode(FailureReason.SESSION_CONFLICT, "5")
          .retryOnce(FailureReason.SESSION_CONFLICT, "kill", "possess")
          .reads("sid", "n")
          .build();

  private final CallTracker calls = new CallTracker();
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final OkHttpClient client = new OkHttpClient.Builder().eventListener(calls).build();
  private RawServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
      assertEquals(List.of(), server.handlerErrors);
    }
    client.dispatcher().executorService().shutdown();
  }

  private LoginRuntime runtime(RawServer.Handler handler, Duration timeout) throws Exception {
    server = new RawServer(handler);
    return runtime(server.url(), timeout);
  }

  private LoginRuntime runtime(String baseUrl, Duration timeout) {
    return new LoginRuntime(
        "https://www2.1010data.com",
        LoginClientConfig.builder()
            .baseUrl(baseUrl)
            .httpClient(client)
            .loginTimeout(timeout)
            .logger(log::add)
            .build());
  }

  private static Params params(String user, String kill) {
    return new Params()
        .param("api", "login")
        .param("uid", user)
        .secret("pswd", Harness.PASSWORD)
        .paramOrDefault("kill", kill, "yes", In.DEFAULT);
  }

  private LoginResult<Session> login(LoginRuntime runtime, String user) {
    return runtime.execute(LOGIN, params(user, null), Harness.MAPPER);
  }

  private static String out(String rc, String sid) {
    return "<out><rc>"
        + rc
        + "</rc>"
        + (sid == null ? "" : "<sid>" + sid + "</sid>")
        + "<msg>m</msg></out>";
  }

  private static String answer(String rc, String sid) {
    return RawServer.response(200, "text/xml", out(rc, sid));
  }

  private String sid(LoginResult<Session> result) {
    assertSecretsAbsent(result);
    return assertInstanceOf(LoginResult.Success.class, result, String.valueOf(result)).session()
            instanceof Session s
        ? s.sid()
        : null;
  }

  private LoginFailure failure(LoginResult<Session> result, FailureReason reason) {
    assertSecretsAbsent(result);
    LoginFailure f =
        assertInstanceOf(LoginResult.Failure.class, result, String.valueOf(result)).failure();
    assertEquals(reason, f.reason(), f.summary());
    return f;
  }

  private void assertSecretsAbsent(LoginResult<Session> result) {
    List<String> texts = new ArrayList<>(Harness.texts(result));
    synchronized (log) {
      texts.addAll(log);
    }
    Harness.assertNoSecretIn(texts);
  }

  private static LoginTransportException thrown(LoginResult<?> result) {
    return org.junit.jupiter.api.Assertions.assertThrows(
        LoginTransportException.class, result::orThrow);
  }

  private static boolean mayHaveBeenProcessed(LoginResult<?> result) {
    return thrown(result).mayHaveBeenProcessed();
  }

  private static boolean timedOut(LoginResult<?> result) {
    return thrown(result).timedOut();
  }

  private void assertNoConnectionHeld() throws InterruptedException {
    assertTrue(calls.awaitAllEnded(Duration.ofSeconds(10)), "calls still running");
    assertEquals(0, calls.connectionsHeld(), "connections still held");
    assertEquals(
        0,
        client.connectionPool().connectionCount(),
        "a login connection went to the caller's pool");
  }

  // ---- a login reads its own answer ----

  @Test
  void anExtraAnswerRightAfterTheRealOneNeverReachesTheNextUser() throws Exception {
    List<Boolean> closedByClient = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch answered = new CountDownLatch(3);
    LoginRuntime runtime =
        runtime(
            conn -> {
              for (RawRequest r; (r = conn.read()) != null; ) {
                String user = r.query("uid");
                String rc = user.equals("alice") ? "4" : "0";
                conn.write(
                    answer(rc, "SID-" + user) + answer("0", "SID-" + user)); // one extra, at once
                closedByClient.add(conn.clientClosedWithin(Duration.ofSeconds(10)));
                answered.countDown();
              }
            },
            Duration.ofSeconds(10));

    failure(login(runtime, "alice"), FailureReason.INVALID_CREDENTIALS);
    assertEquals("SID-bob", sid(login(runtime, "bob")));
    assertEquals("SID-carol", sid(login(runtime, "carol")));

    assertEquals(3, server.requests.size());
    assertEquals(3, server.connections.get(), "a login on a connection that held another answer");
    assertNoConnectionHeld();
    assertTrue(answered.await(15, TimeUnit.SECONDS));
    assertEquals(
        List.of(true, true, true), closedByClient, "the client closes a login's connection");
  }

  @Test
  void anExtraAnswerWrittenWhileTheConnectionIdlesNeverReachesTheNextLogin() throws Exception {
    CountDownLatch settled = new CountDownLatch(1);
    List<String> extras = Collections.synchronizedList(new ArrayList<>());
    LoginRuntime runtime =
        runtime(
            conn -> {
              for (RawRequest r; (r = conn.read()) != null; ) {
                conn.write(answer("0", "SID-" + r.query("uid")));
                if (!conn.clientClosedWithin(Duration.ofMillis(300))) {
                  extras.add("written on an idle connection");
                  conn.write(answer("0", "SID-stale")); // 300 ms later, while pooled
                }
                settled.countDown();
              }
            },
            Duration.ofSeconds(10));

    assertEquals("SID-alice", sid(login(runtime, "alice")));
    assertTrue(settled.await(10, TimeUnit.SECONDS));
    assertEquals("SID-bob", sid(login(runtime, "bob")));

    assertEquals(List.of(), extras, "the first login's connection stayed open");
    assertEquals(2, server.connections.get());
    assertNoConnectionHeld();
  }

  @Test
  void aRetryReadsTheAnswerToTheRetryNotAnExtraAnswerToTheFirstAttempt() throws Exception {
    LoginRuntime runtime =
        runtime(
            conn -> {
              for (RawRequest r; (r = conn.read()) != null; ) {
                if ("possess".equals(r.query("kill"))) {
                  conn.write(answer("0", "SID-real"));
                } else {
                  conn.write(answer("5", null) + answer("0", "SID-stale"));
                }
              }
            },
            Duration.ofSeconds(10));

    assertEquals("SID-real", sid(login(runtime, "alice")));

    assertEquals(2, server.requests.size());
    assertEquals("yes", server.requests.get(0).query("kill"));
    assertEquals("possess", server.requests.get(1).query("kill"));
    assertEquals(2, server.connections.get());
    assertNoConnectionHeld();
  }

  // ---- declared retries respect the caller ----

  private LoginRuntime conflictingServer() throws Exception {
    return runtime(
        conn -> {
          for (RawRequest r; (r = conn.read()) != null; ) {
            conn.write(
                "possess".equals(r.query("kill"))
                    ? answer("0", "SID-taken-over")
                    : answer("5", null));
          }
        },
        Duration.ofSeconds(10));
  }

  @ParameterizedTest
  @ValueSource(strings = {"no", "auth", "yes"})
  void aValueTheCallerPassedIsNeverReplacedByTheDeclaredRetry(String kill) throws Exception {
    LoginRuntime runtime = conflictingServer();
    LoginFailure f =
        failure(
            runtime.execute(LOGIN, params("alice", kill), Harness.MAPPER),
            FailureReason.SESSION_CONFLICT);
    assertEquals("5", f.code());
    assertEquals(1, server.requests.size(), "the login was sent again");
    assertEquals(kill, server.requests.get(0).query("kill"));
    assertNoConnectionHeld();
  }

  @Test
  void aDefaultedValueIsReplacedByTheDeclaredRetryOnce() throws Exception {
    LoginRuntime runtime = conflictingServer();
    assertEquals(
        "SID-taken-over", sid(runtime.execute(LOGIN, params("alice", null), Harness.MAPPER)));
    assertEquals(
        List.of("yes", "possess"), server.requests.stream().map(r -> r.query("kill")).toList());
  }

  @Test
  void anAbsentValueIsAddedByTheDeclaredRetry() throws Exception {
    LoginRuntime runtime = conflictingServer();
    Params params =
        new Params().param("api", "login").param("uid", "alice").secret("pswd", Harness.PASSWORD);
    assertEquals("SID-taken-over", sid(runtime.execute(LOGIN, params, Harness.MAPPER)));
    assertEquals(2, server.requests.size());
    assertEquals(null, server.requests.get(0).query("kill"));
    assertEquals("possess", server.requests.get(1).query("kill"));
  }

  // ---- stale connections never fail a login ----

  @Test
  void aServerThatClosesAfterEachHttp10AnswerServesEveryLogin() throws Exception {
    LoginRuntime runtime =
        runtime(
            conn -> {
              RawRequest r = conn.read();
              String body = out("0", "SID-" + r.query("uid"));
              // HTTP/1.0 without "Connection: close", then closed: Python's http.server, many
              // devices
              conn.write(
                  "HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\nContent-Length: "
                      + body.length()
                      + "\r\n\r\n"
                      + body);
            },
            Duration.ofSeconds(10));

    for (int i = 1; i <= 6; i++) {
      assertEquals("SID-user" + i, sid(login(runtime, "user" + i)), "login " + i);
    }
    assertEquals(6, server.requests.size());
    assertEquals(6, calls.wireSends());
    assertNoConnectionHeld();
  }

  @Test
  void aServerThatClosesKeptAliveConnectionsShortlyAfterwardsServesEveryLogin() throws Exception {
    LoginRuntime runtime =
        runtime(
            conn -> {
              RawRequest r = conn.read();
              conn.write(
                  answer("0", "SID-" + r.query("uid"))); // HTTP/1.1 keep-alive, then an idle close
            },
            Duration.ofSeconds(10));

    for (int i = 1; i <= 6; i++) {
      assertEquals("SID-user" + i, sid(login(runtime, "user" + i)), "login " + i);
    }
    assertEquals(6, server.requests.size());
  }

  // ---- mayHaveBeenProcessed is exact ----

  @Test
  void httpsAgainstAPlainHttpPortWasNotProcessed() throws Exception {
    server =
        new RawServer(
            conn -> {
              conn.in.read(new byte[4096]); // a TLS ClientHello, not an HTTP request
              conn.write(
                  "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            });
    LoginRuntime runtime = runtime("https://127.0.0.1:" + server.port(), Duration.ofSeconds(10));

    LoginResult<Session> result = login(runtime, "alice");

    LoginFailure f = failure(result, FailureReason.TRANSPORT_ERROR);
    assertFalse(mayHaveBeenProcessed(result), f.summary());
    assertFalse(timedOut(result));
    assertTrue(f.message().contains("pswd=***"), f.message());
    assertEquals(0, server.requests.size());
    assertEquals(0, calls.wireSends());
    assertNoConnectionHeld();
  }

  @Test
  void aServerClosingAfterReadingTheRequestMayHaveProcessedIt() throws Exception {
    LoginRuntime runtime = runtime(conn -> conn.read(), Duration.ofSeconds(10));
    LoginResult<Session> result = login(runtime, "alice");
    failure(result, FailureReason.TRANSPORT_ERROR);
    assertTrue(mayHaveBeenProcessed(result));
    assertEquals(1, server.requests.size());
  }

  // ---- one deadline per login ----

  @Test
  void oneDeadlineCoversTheFirstAttemptAndTheDeclaredRetry() throws Exception {
    LoginRuntime runtime =
        runtime(
            conn -> {
              RawRequest r = conn.read();
              if ("possess".equals(r.query("kill"))) {
                conn.clientClosedWithin(Duration.ofSeconds(20)); // the retry is never answered
                return;
              }
              String conflict = answer("5", null);
              int head = conflict.indexOf("\r\n\r\n") + 4;
              conn.write(conflict.substring(0, head));
              // a slow server: the body follows 1.5 s after the headers (the socket's read timeout
              // is the server's clock; it returns early only if the client gives up)
              if (!conn.clientClosedWithin(Duration.ofMillis(1500))) {
                conn.write(conflict.substring(head));
              }
            },
            Duration.ofSeconds(2));

    long start = System.nanoTime();
    LoginResult<Session> result = login(runtime, "alice");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    LoginFailure f = failure(result, FailureReason.TRANSPORT_ERROR);
    assertTrue(timedOut(result), f.summary());
    assertTrue(mayHaveBeenProcessed(result), "the retry was sent");
    assertTrue(f.message().startsWith("login timed out after 2000 ms"), f.message());
    // per-attempt timeouts would end at ~3.5 s (1.5 s + a fresh 2 s)
    assertTrue(millis >= 1_900 && millis < 3_200, millis + " ms");
    assertEquals(2, server.requests.size());
    assertNoConnectionHeld();
  }

  @Test
  void asyncLoginsQueuedBehindAStalledHostEndAtTheirDeadline() throws Exception {
    CountDownLatch end = new CountDownLatch(1);
    LoginRuntime runtime =
        runtime(
            conn -> {
              conn.read();
              end.await(); // never answers
            },
            Duration.ofSeconds(1));

    long start = System.nanoTime();
    List<CompletableFuture<LoginResult<Session>>> futures = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      futures.add(runtime.executeAsync(LOGIN, params("user" + i, null), Harness.MAPPER, null));
    }
    int processed = 0;
    for (CompletableFuture<LoginResult<Session>> future : futures) {
      LoginResult<Session> result = future.get(10, TimeUnit.SECONDS);
      failure(result, FailureReason.TRANSPORT_ERROR);
      assertTrue(timedOut(result), String.valueOf(result));
      processed += mayHaveBeenProcessed(result) ? 1 : 0;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    // OkHttp runs 5 calls per host; the others waited in its queue and end at the same deadline
    assertTrue(millis < 3_000, "50 logins with a 1 s deadline took " + millis + " ms");
    assertTrue(processed >= 5 && processed < 50, processed + " may have been processed");
    // exact where it matters: a login reported as not processed never reaches the server, not even
    // after its outcome (a call cancelled at the deadline while writing may reach it only in part)
    assertTrue(calls.awaitAllEnded(Duration.ofSeconds(10)));
    end.countDown();
    server.close();
    assertTrue(
        calls.wireSends() <= processed, calls.wireSends() + " requests written, " + processed);
    assertTrue(
        server.requests.size() <= processed,
        server.requests.size() + " requests received, " + processed);
    assertTrue(server.requests.size() >= 5, "the 5 calls OkHttp ran were sent");
  }

  @Test
  void blockingLoginsAgainstAStalledHostEndAtTheirDeadline() throws Exception {
    CountDownLatch end = new CountDownLatch(1);
    LoginRuntime runtime =
        runtime(
            conn -> {
              conn.read();
              end.await();
            },
            Duration.ofMillis(800));
    long start = System.nanoTime();
    LoginResult<Session> result = login(runtime, "alice");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    end.countDown();
    assertTrue(timedOut(result));
    assertTrue(mayHaveBeenProcessed(result));
    assertTrue(millis >= 700 && millis < 3_000, millis + " ms");
  }

  // ---- framing is strict ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HTTP/1.1 200 OK\r\nContent-Length: 40\r\nContent-Length: 41\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: LEN\r\nContent-Length: LEN\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: abc\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: -5\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: LEN\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n",
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n",
      })
  void ambiguousFramingIsAProtocolError(String head) throws Exception {
    String body = out("0", "SID-alice"); // what reading until the close would take as a success
    LoginRuntime runtime =
        runtime(
            conn -> {
              conn.read();
              String chunked = Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";
              conn.write(
                  head.replace("LEN", String.valueOf(body.length()))
                      + "Content-Type: text/xml\r\n\r\n"
                      + (head.contains("chunked") ? chunked : body));
            },
            Duration.ofSeconds(10));

    LoginFailure f = failure(login(runtime, "alice"), FailureReason.PROTOCOL_ERROR);

    assertEquals(1, server.requests.size());
    assertFalse(f.message().contains("SID-alice"), f.message());
    assertNoConnectionHeld();
  }

  // ---- the size cap stops the network ----

  @ParameterizedTest
  @ValueSource(strings = {"chunked", "announced"})
  void aBodyPastTheCapStopsTheServerWriting(String framing) throws Exception {
    AtomicLong written = new AtomicLong();
    CountDownLatch stopped = new CountDownLatch(1);
    long endless = 200L << 20;
    server =
        new RawServer(
            conn -> {
              conn.read();
              byte[] chunk = ("<x>" + "y".repeat(65_529) + "</x>").getBytes(StandardCharsets.UTF_8);
              boolean chunked = framing.equals("chunked");
              conn.write(
                  "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n"
                      + (chunked
                          ? "Transfer-Encoding: chunked\r\n\r\n"
                          : "Content-Length: " + endless + "\r\n\r\n"));
              try {
                while (written.get() < endless) {
                  if (chunked) {
                    conn.write(Integer.toHexString(chunk.length) + "\r\n");
                  }
                  conn.out.write(chunk);
                  if (chunked) {
                    conn.write("\r\n");
                  }
                  written.addAndGet(chunk.length);
                }
              } finally {
                stopped.countDown();
              }
            });
    LoginRuntime runtime =
        new LoginRuntime(
            "https://www2.1010data.com",
            LoginClientConfig.builder()
                .baseUrl(server.url())
                .httpClient(client)
                .maxResponseBytes(64 * 1024)
                .logger(log::add)
                .build());

    LoginFailure f = failure(login(runtime, "alice"), FailureReason.PROTOCOL_ERROR);

    assertTrue(f.responseTooLarge(), f.summary());
    assertTrue(stopped.await(10, TimeUnit.SECONDS), "the server is still writing");
    // what the two sockets' kernel buffers hold, not the 65-75 MB a drain lets through
    assertTrue(written.get() < (24L << 20), "the server wrote " + written.get() + " bytes");
    assertNoConnectionHeld();
  }

  // ---- many users, one runtime, a server misbehaving between answers ----

  @Test
  void manyUsersThroughOneRuntimeNeverReceiveAnAnswerMeantForAnotherRequest() throws Exception {
    int threads = 16;
    int perThread = 15;
    LoginRuntime runtime =
        runtime(
            conn -> {
              for (RawRequest r; (r = conn.read()) != null; ) {
                String mine = "SID-" + r.query("uid") + "-" + r.query("n");
                switch (conn.index % 4) {
                  case 0 -> conn.write(answer("0", mine) + answer("0", "SID-mallory"));
                  case 1 -> {
                    conn.write(answer("0", mine));
                    if (!conn.clientClosedWithin(Duration.ofMillis(50))) {
                      conn.write(answer("0", "SID-late"));
                    }
                  }
                  case 2 -> {
                    String body = out("0", mine);
                    conn.write(
                        "HTTP/1.0 200 OK\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
                    return;
                  }
                  default -> conn.write(answer("0", mine) + "HTTP/1.1 200 OK\r\nContent-Le");
                }
              }
            },
            Duration.ofSeconds(20));

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String user = "user" + t;
      done.add(
          pool.submit(
              () -> {
                for (int n = 0; n < perThread; n++) {
                  Params params = params(user, null).param("n", String.valueOf(n));
                  assertEquals(
                      "SID-" + user + "-" + n, sid(runtime.execute(LOGIN, params, Harness.MAPPER)));
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get(50, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertEquals(threads * perThread, server.requests.size());
    assertEquals(threads * perThread, calls.wireSends());
    assertNoConnectionHeld();
  }
}
