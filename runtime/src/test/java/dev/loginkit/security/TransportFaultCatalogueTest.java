package dev.loginkit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.internal.LoginRuntime;
import dev.loginkit.security.Harness.Fmt;
import dev.loginkit.security.Harness.Session;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Transport faults: whatever the connection does, one typed outcome, at most one request on the
 * wire, whether it may have been processed, no secret, no leaked connection. The JSON POST and the
 * XML GET (password in the query string) are the two shapes OkHttp treats differently.
 */
@Timeout(30)
class TransportFaultCatalogueTest {
  private Harness h;

  @BeforeEach
  void start() throws IOException {
    h = new Harness();
  }

  @AfterEach
  void stop() throws Exception {
    h.close();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void connectionRefusedIsNotProcessed() throws Exception {
    int port = closedPort();
    LoginResult<Session> result =
        h.login(Fmt.XML, h.runtime(c -> c.baseUrl("http://127.0.0.1:" + port)));
    LoginFailure f = h.assertTransport(result, false);
    assertTrue(f.message().contains("pswd=***"), f.message());
    h.assertRequests(0, 0);
    h.assertNoLeak();
  }

  @Test
  void unknownHostIsNotProcessed() throws Exception {
    h.client =
        h.callersClient()
            .dns(
                host -> {
                  throw new UnknownHostException(host + ": no such host");
                })
            .build();
    h.assertTransport(h.login(Fmt.JSON), false);
    h.assertRequests(0, 0);
    h.assertNoLeak();
  }

  @Test
  void resetBeforeTheServerReadsTheRequest() throws Exception {
    h.server.enqueue(
        new MockResponse.Builder()
            .onRequestStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    h.assertTransport(h.login(Fmt.JSON), true);
    h.assertRequests(1, 1); // the server counts a request it began to read
    h.assertNoLeak();
  }

  @Test
  void resetWhileTheServerReadsTheBody() throws Exception {
    h.server.enqueue(
        new MockResponse.Builder()
            .onRequestBody(new SocketEffect.CloseSocket(true, false, false))
            .build());
    h.assertTransport(h.login(Fmt.JSON), true);
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void resetAfterTheServerReadTheRequestOfAGetWithPasswordInQuery() throws Exception {
    h.server.enqueue(
        new MockResponse.Builder()
            .body(Fmt.XML.success())
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    LoginFailure f = h.assertTransport(h.login(Fmt.XML), true);
    assertTrue(f.message().contains("pswd=***"), f.message());
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void resetInTheMiddleOfTheResponseBody() throws Exception {
    h.server.enqueue(
        new MockResponse.Builder()
            .body(Fmt.JSON.success() + " ".repeat(10_000))
            .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
            .build());
    h.assertTransport(h.login(Fmt.JSON), true);
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void connectionDroppingAfterTheServerReadTheRequestIsNotResent() throws Exception {
    LoginRuntime runtime = h.runtime();
    h.enqueue(200, "text/xml", Fmt.XML.success());
    h.assertSuccess(h.login(Fmt.XML, runtime));
    h.server.enqueue(
        new MockResponse.Builder()
            .body(Fmt.XML.success())
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    h.enqueue(200, "text/xml", Fmt.XML.success()); // what a re-send would get

    h.assertTransport(h.login(Fmt.XML, runtime), true);

    h.assertRequests(2, 2); // one per login call
    assertEquals(2, h.calls.connects(), "each login opens its own connection");
    h.assertNoLeak();
  }

  @Test
  void stalledServerIsBoundedByTheCallTimeout() throws Exception {
    h.server.enqueue(
        new MockResponse.Builder()
            .body(Fmt.JSON.success())
            .headersDelay(10, TimeUnit.SECONDS)
            .build());
    long start = System.nanoTime();
    LoginFailure f =
        h.assertTransport(
            h.login(Fmt.JSON, h.runtime(c -> c.loginTimeout(Duration.ofMillis(700)))), true);
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), f.message());
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void tricklingBodyIsBoundedByTheCallTimeoutThoughEachReadIsQuick() throws Exception {
    // 2 bytes every 50 ms: no read waits long enough for a read timeout; only the call timeout ends
    // it.
    h.client = h.callersClient().readTimeout(Duration.ofSeconds(5)).build();
    h.server.enqueue(
        new MockResponse.Builder()
            .body(Fmt.JSON.success() + " ".repeat(4_000))
            .throttleBody(2, 50, TimeUnit.MILLISECONDS)
            .build());
    long start = System.nanoTime();
    h.assertTransport(
        h.login(Fmt.JSON, h.runtime(c -> c.loginTimeout(Duration.ofMillis(800)))), true);
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void callTimeoutIsSetEvenWhenTheCallersClientHasNone() throws Exception {
    assertEquals(0, h.client.callTimeoutMillis());
    assertEquals(Duration.ofSeconds(30), LoginClientConfig.defaults().loginTimeout());
    h.server.enqueue(
        new MockResponse.Builder()
            .body(Fmt.JSON.success())
            .bodyDelay(10, TimeUnit.SECONDS)
            .build());
    h.assertTransport(
        h.login(Fmt.JSON, h.runtime(c -> c.loginTimeout(Duration.ofMillis(500)))), true);
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void bodyShorterThanItsContentLengthIsTruncation() throws Exception {
    h.server.enqueue(
        new MockResponse.Builder()
            .body("{\"sid\":\"S1\"")
            .setHeader("Content-Length", 200)
            .onResponseEnd(new SocketEffect.CloseSocket(true, false, false))
            .build());
    h.assertTransport(h.login(Fmt.JSON), true);
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void http2StreamResetAfterTheRequestMayHaveBeenProcessed() throws Exception {
    useHttp2();
    h.server.enqueue(
        new MockResponse.Builder()
            .body(Fmt.JSON.success())
            .onResponseStart(new SocketEffect.CloseStream(ErrorCode.INTERNAL_ERROR.getHttpCode()))
            .build());
    h.enqueue(200, "application/json", Fmt.JSON.success());
    h.assertTransport(h.login(Fmt.JSON), true);
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void http2RefusedStreamWasNotProcessedAndIsNotRetried() throws Exception {
    useHttp2();
    h.server.enqueue(
        new MockResponse.Builder()
            .body(Fmt.JSON.success())
            .onResponseStart(new SocketEffect.CloseStream(ErrorCode.REFUSED_STREAM.getHttpCode()))
            .build());
    h.enqueue(200, "application/json", Fmt.JSON.success());
    h.assertTransport(h.login(Fmt.JSON), false);
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  private void useHttp2() {
    h.server.setProtocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE));
    h.client = h.callersClient().protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE)).build();
  }

  @Test
  void serviceUnavailableWithRetryAfterZeroIsTheAnswerEvenWithCallersRetries() throws Exception {
    h.client = h.callersClient().retryOnConnectionFailure(true).build();
    h.server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", "0")
            .body("{\"message\":\"busy\"}")
            .build());
    h.enqueue(200, "application/json", Fmt.JSON.success());
    LoginFailure f = h.assertRejected(h.login(Fmt.JSON), FailureReason.SERVICE_UNAVAILABLE);
    assertEquals(503, f.httpStatus());
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void requestTimeout408IsTheAnswerEvenWithCallersRetries() throws Exception {
    h.client = h.callersClient().retryOnConnectionFailure(true).build();
    h.server.enqueue(new MockResponse.Builder().code(408).body("{\"message\":\"slow\"}").build());
    h.enqueue(200, "application/json", Fmt.JSON.success());
    LoginFailure f = h.assertRejected(h.login(Fmt.JSON), FailureReason.INVALID_REQUEST);
    assertEquals(408, f.httpStatus());
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void redirect307ToAnotherHostNeverCarriesCredentials() throws Exception {
    MockWebServer other = h.otherServer();
    h.client = h.callersClient().followRedirects(true).followSslRedirects(true).build();
    h.server.enqueue(
        new MockResponse.Builder()
            .code(307)
            .addHeader("Location", other.url("/steal").toString())
            .build());
    other.enqueue(new MockResponse.Builder().body(Fmt.JSON.success()).build());

    LoginFailure f = h.assertProtocolError(h.login(Fmt.JSON));

    assertEquals(307, f.httpStatus());
    assertEquals(0, other.getRequestCount(), "credentials followed the redirect");
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void redirect302OfAGetWithPasswordInQueryIsNotFollowed() throws Exception {
    MockWebServer other = h.otherServer();
    h.client = h.callersClient().followRedirects(true).build();
    h.server.enqueue(
        new MockResponse.Builder()
            .code(302)
            .addHeader("Location", other.url("/gw.k").toString())
            .build());
    other.enqueue(new MockResponse.Builder().body(Fmt.XML.success()).build());

    LoginFailure f = h.assertProtocolError(h.login(Fmt.XML));

    assertEquals(302, f.httpStatus());
    assertEquals(0, other.getRequestCount());
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void untrustedServerCertificateIsRefusedBeforeAnythingIsSent() throws Exception {
    HeldCertificate selfSigned =
        new HeldCertificate.Builder()
            .addSubjectAlternativeName("localhost")
            .commonName("evil")
            .build();
    HandshakeCertificates serverCerts =
        new HandshakeCertificates.Builder().heldCertificate(selfSigned).build();
    h.server.useHttps(serverCerts.sslSocketFactory());
    h.enqueue(200, "text/xml", Fmt.XML.success());

    LoginResult<Session> result =
        h.login(Fmt.XML, h.runtime(c -> c.baseUrl("https://localhost:" + h.server.getPort())));

    LoginFailure f = h.assertTransport(result, false);
    assertTrue(f.message().startsWith("SSLHandshakeException"), f.message());
    assertTrue(f.message().contains("pswd=***"), f.message());
    h.assertRequests(0, 0);
    h.assertNoLeak();
  }

  @Test
  void certificateForAnotherHostNameIsRefusedBeforeAnythingIsSent() throws Exception {
    HeldCertificate root = new HeldCertificate.Builder().certificateAuthority(0).build();
    HeldCertificate wrongName =
        new HeldCertificate.Builder()
            .addSubjectAlternativeName("other.example")
            .signedBy(root)
            .build();
    h.server.useHttps(
        new HandshakeCertificates.Builder().heldCertificate(wrongName).build().sslSocketFactory());
    HandshakeCertificates trusting =
        new HandshakeCertificates.Builder().addTrustedCertificate(root.certificate()).build();
    h.client =
        h.callersClient()
            .sslSocketFactory(trusting.sslSocketFactory(), trusting.trustManager())
            .build();
    h.enqueue(200, "text/xml", Fmt.XML.success());

    LoginResult<Session> result =
        h.login(Fmt.XML, h.runtime(c -> c.baseUrl("https://localhost:" + h.server.getPort())));

    LoginFailure f = h.assertTransport(result, false);
    assertTrue(f.message().startsWith("SSLPeerUnverifiedException"), f.message());
    h.assertRequests(0, 0);
    h.assertNoLeak();
  }

  @Test
  void callersInterceptorThatRetriesIsRefusedASecondSend() throws Exception {
    h.client =
        h.callersClient()
            .addInterceptor(
                chain -> {
                  Response first = chain.proceed(chain.request());
                  first.close();
                  return chain.proceed(
                      chain.request()); // a retrying interceptor of the caller's own
                })
            .build();
    h.enqueue(200, "application/json", Fmt.JSON.success());
    h.enqueue(200, "application/json", Fmt.JSON.success());

    LoginFailure f = h.assertTransport(h.login(Fmt.JSON), true);

    assertTrue(f.message().contains("a second time"), f.message());
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void callersInterceptorThrowingUncheckedIsATypedTransportFailure() throws Exception {
    h.client =
        h.callersClient()
            .addNetworkInterceptor(
                chain -> {
                  throw new IllegalStateException("interceptor saw " + chain.request().url());
                })
            .build();
    // The caller's network interceptor runs before any request byte is written: not processed.
    LoginFailure f = h.assertTransport(h.login(Fmt.XML), false);
    assertTrue(f.message().startsWith("IllegalStateException"), f.message());
    h.assertRequests(0, 0);
    h.assertNoLeak();
  }

  @Test
  void responseAnnouncedLargerThanTheCapIsTooLargeWithoutReadingIt() throws Exception {
    h.enqueue(200, "application/json", "{\"sid\":\"" + "x".repeat(5_000) + "\"}");
    LoginFailure f = h.assertTooLarge(h.login(Fmt.JSON, h.runtime(c -> c.maxResponseBytes(1_000))));
    assertEquals("1000", f.details().get(LoginFailure.MAX_RESPONSE_BYTES));
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void chunkedResponseOverTheCapIsTooLargeWhileReading() throws Exception {
    h.server.enqueue(
        new MockResponse.Builder()
            .chunkedBody("{\"sid\":\"" + "x".repeat(50_000) + "\"}", 1024)
            .build());
    h.assertTooLarge(h.login(Fmt.JSON, h.runtime(c -> c.maxResponseBytes(10_000))));
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void gzipBombIsCountedAfterDecompression() throws Exception {
    Buffer bomb = new Buffer();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bomb.outputStream())) {
      byte[] zeros = new byte[1 << 16];
      for (int i = 0; i < 256; i++) { // 16 MiB of zeros, ~16 KiB on the wire
        gzip.write(zeros);
      }
    }
    long wire = bomb.size();
    h.server.enqueue(
        new MockResponse.Builder().addHeader("Content-Encoding", "gzip").body(bomb).build());

    LoginFailure f =
        h.assertTooLarge(h.login(Fmt.JSON, h.runtime(c -> c.maxResponseBytes(64 * 1024))));

    assertTrue(wire < 64 * 1024, "the compressed body is under the cap: " + wire);
    assertEquals(200, f.httpStatus());
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void tooLargeErrorPageOn500IsStillTooLarge() throws Exception {
    h.enqueue(500, "text/html", "<html>" + "x".repeat(3_000) + "</html>");
    LoginFailure f = h.assertTooLarge(h.login(Fmt.SOAP, h.runtime(c -> c.maxResponseBytes(1_000))));
    assertEquals(500, f.httpStatus());
    h.assertRequests(1, 1);
    h.assertNoLeak();
  }

  @Test
  void defaultLimitsAreDocumentedValues() {
    assertEquals(1L << 20, LoginClientConfig.defaults().maxResponseBytes());
    assertFalse(LoginClientConfig.defaults().loginTimeout().isZero());
  }
}
