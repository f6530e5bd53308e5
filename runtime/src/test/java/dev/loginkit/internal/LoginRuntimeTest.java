package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginConfigurationException;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.LoginTransportException;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.In;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginRuntimeTest {

  private static final String PASSWORD = "Sup3r Secret&pw+1";
  private static final String PASSWORD_CORE = "Sup3r";
  private static final SessionMapper<String> MAPPER = reply -> reply.get(From.BODY, "sid", true);

  private static final Operation JSON_LOGIN =
      Operation.post("login", "/login", BodyEncoding.JSON, Format.JSON)
          .successWhen("sid")
          .failureDetails("code", "message", "")
          .reads("sid")
          .build();

  private static final Operation GET_LOGIN =
      Operation.get("login", "/gw.k", Format.XML)
          .successWhen("rc", "0")
          .failureDetails("rc", "msg", "")
          .reads("sid")
          .build();

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private LoginRuntime runtime(String declared, LoginClientConfig.Builder config) {
    return new LoginRuntime(declared, config.baseUrl(server.url("/").toString()).build());
  }

  private LoginRuntime runtime() {
    return runtime("https://example.com", LoginClientConfig.builder());
  }

  private static Params params() {
    return new Params().param("login", "alice").secret("passwd", PASSWORD);
  }

  private static LoginFailure failure(LoginResult<?> result) {
    return assertInstanceOf(LoginResult.Failure.class, result).failure();
  }

  private static void assertNoSecret(String text) {
    assertFalse(text.contains(PASSWORD_CORE), text);
    assertFalse(text.contains("Secret"), text);
  }

  @Test
  void successfulJsonLoginSendsOneRequestAndBuildsSession() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"s-1\"}").build());

    LoginResult<String> result = runtime().execute(JSON_LOGIN, params(), MAPPER);

    assertEquals("s-1", assertInstanceOf(LoginResult.Success.class, result).session());
    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/login", request.getUrl().encodedPath());
    assertEquals(
        "{\"login\":\"alice\",\"passwd\":\"Sup3r Secret&pw+1\"}", request.getBody().utf8());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void baseUrlOverrideKeepsDeclaredPath() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"s\"}").build());
    LoginRuntime runtime = runtime("https://example.com/base", LoginClientConfig.builder());

    assertEquals(server.url("/base"), runtime.baseUrl());
    runtime.execute(JSON_LOGIN, params(), MAPPER);

    assertEquals("/base/login", server.takeRequest().getUrl().encodedPath());
  }

  @ParameterizedTest
  @CsvSource({
    "/gateway/acme/, https://example.com/base, /gateway/acme/base/login",
    "/gateway/acme, https://example.com/base, /gateway/acme/base/login",
    "/tracker/, https://example.com, /tracker/login",
    "/tracker/, https://example.com/, /tracker/login",
    "/, https://example.com/base/, /base/login",
    "/a%20b/, https://example.com/v2, /a%20b/v2/login",
  })
  void baseUrlOverridePathPrefixesTheDeclaredPath(String prefix, String declared, String sent)
      throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"s\"}").build());
    LoginRuntime runtime =
        new LoginRuntime(
            declared, LoginClientConfig.builder().baseUrl(server.url(prefix).toString()).build());
    runtime.execute(JSON_LOGIN, params(), MAPPER);
    assertEquals(sent, server.takeRequest().getUrl().encodedPath());
  }

  @Test
  void malformedDeclaredBaseUrlIsRefused() {
    assertThrows(
        LoginConfigurationException.class,
        () -> new LoginRuntime("not a url", LoginClientConfig.defaults()));
  }

  @Test
  void serviceUnavailableWithRetryAfterZeroIsNotResent() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", "0")
            .body("{\"message\":\"down\"}")
            .build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"second\"}").build());

    LoginResult<String> result = runtime().execute(JSON_LOGIN, params(), MAPPER);

    assertEquals(1, server.getRequestCount());
    LoginFailure f = failure(result);
    assertEquals(FailureReason.SERVICE_UNAVAILABLE, f.reason());
    assertEquals(503, f.httpStatus());
    assertEquals("down", f.message());
  }

  @Test
  void serviceUnavailableWithRetryAfterTooLargeForAnIntIsStillAnOutcome() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", "99999999999")
            .body("{}")
            .build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"second\"}").build());

    LoginResult<String> result = runtime().execute(JSON_LOGIN, params(), MAPPER);

    assertEquals(1, server.getRequestCount());
    assertEquals(FailureReason.SERVICE_UNAVAILABLE, failure(result).reason());
  }

  @Test
  void serviceUnavailableWithPositiveRetryAfterIsNotResent() {
    server.enqueue(
        new MockResponse.Builder().code(503).addHeader("Retry-After", "120").body("{}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"second\"}").build());

    LoginResult<String> result = runtime().execute(JSON_LOGIN, params(), MAPPER);

    assertEquals(1, server.getRequestCount());
    assertEquals(FailureReason.SERVICE_UNAVAILABLE, failure(result).reason());
  }

  @Test
  void unauthorizedIsNotResentEvenWhenCallersClientHasAnAuthenticator() {
    OkHttpClient callers =
        new OkHttpClient.Builder()
            .authenticator(
                (route, response) ->
                    response
                        .request()
                        .newBuilder()
                        .header("Authorization", "Basic Zm9vOmJhcg==")
                        .build())
            .build();
    server.enqueue(new MockResponse.Builder().code(401).body("{\"message\":\"no\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"second\"}").build());

    LoginResult<String> result =
        runtime("https://example.com", LoginClientConfig.builder().httpClient(callers))
            .execute(JSON_LOGIN, params(), MAPPER);

    assertEquals(1, server.getRequestCount());
    LoginFailure f = failure(result);
    assertEquals(FailureReason.INVALID_CREDENTIALS, f.reason());
    assertEquals(401, f.httpStatus());
  }

  @Test
  void redirectIsNotFollowed() {
    server.enqueue(
        new MockResponse.Builder().code(302).addHeader("Location", "/elsewhere").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"followed\"}").build());

    LoginResult<String> result = runtime().execute(JSON_LOGIN, params(), MAPPER);

    assertEquals(1, server.getRequestCount());
    LoginFailure f = failure(result);
    assertEquals(FailureReason.PROTOCOL_ERROR, f.reason());
    assertEquals(302, f.httpStatus());
  }

  @Test
  void redirectIsNotFollowedEvenWhenCallersClientFollowsRedirects() {
    OkHttpClient callers = new OkHttpClient.Builder().followRedirects(true).build();
    server.enqueue(
        new MockResponse.Builder().code(307).addHeader("Location", "/elsewhere").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"followed\"}").build());

    LoginResult<String> result =
        runtime("https://example.com", LoginClientConfig.builder().httpClient(callers))
            .execute(JSON_LOGIN, params(), MAPPER);

    assertEquals(1, server.getRequestCount());
    assertEquals(FailureReason.PROTOCOL_ERROR, failure(result).reason());
  }

  @Test
  void responseLargerThanMaxWithContentLengthIsProtocolError() {
    server.enqueue(
        new MockResponse.Builder().code(200).body("{\"sid\":\"" + "x".repeat(200) + "\"}").build());

    LoginResult<String> result =
        runtime("https://example.com", LoginClientConfig.builder().maxResponseBytes(100))
            .execute(JSON_LOGIN, params(), MAPPER);

    LoginFailure f = failure(result);
    assertEquals(FailureReason.PROTOCOL_ERROR, f.reason());
    assertEquals(200, f.httpStatus());
    assertEquals("response body larger than 100 bytes", f.message());
  }

  @Test
  void chunkedResponseLargerThanMaxIsProtocolError() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .chunkedBody("{\"sid\":\"" + "x".repeat(20_000) + "\"}", 64)
            .build());

    LoginResult<String> result =
        runtime("https://example.com", LoginClientConfig.builder().maxResponseBytes(100))
            .execute(JSON_LOGIN, params(), MAPPER);

    LoginFailure f = failure(result);
    assertEquals(FailureReason.PROTOCOL_ERROR, f.reason());
    assertEquals("response body larger than 100 bytes", f.message());
  }

  @Test
  void responseOfExactlyMaxBytesIsAccepted() {
    String body = "{\"sid\":\"s\",\"pad\":\"" + "x".repeat(100 - 20) + "\"}";
    assertEquals(100, body.length());
    server.enqueue(new MockResponse.Builder().code(200).chunkedBody(body, 7).build());

    LoginResult<String> result =
        runtime("https://example.com", LoginClientConfig.builder().maxResponseBytes(100))
            .execute(JSON_LOGIN, params(), MAPPER);

    assertEquals("s", assertInstanceOf(LoginResult.Success.class, result).session());
  }

  @Test
  void connectionRefusedIsTransportErrorNotProcessed() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    LoginRuntime runtime =
        new LoginRuntime(
            "https://example.com/api",
            LoginClientConfig.builder().baseUrl("http://127.0.0.1:" + closedPort).build());

    LoginResult<String> result = runtime.execute(JSON_LOGIN, params(), MAPPER);

    LoginResult.Failure<?> failure = assertInstanceOf(LoginResult.Failure.class, result);
    LoginFailure f = failure.failure();
    assertEquals(FailureReason.TRANSPORT_ERROR, f.reason());
    assertEquals(0, f.httpStatus());
    assertEquals("false", f.details().get("mayHaveBeenProcessed"));
    assertTrue(
        f.message().endsWith("(POST http://127.0.0.1:" + closedPort + "/api/login)"), f.message());
    LoginTransportException e = assertThrows(LoginTransportException.class, result::orThrow);
    assertFalse(e.mayHaveBeenProcessed());
    assertEquals(FailureReason.TRANSPORT_ERROR, e.reason());
    assertTrue(e.getCause() instanceof IOException, String.valueOf(e.getCause()));
  }

  @Test
  void connectionRefusedForGetWithPasswordInQueryNeverShowsPassword() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    LoginRuntime runtime =
        new LoginRuntime(
            "https://www2.1010data.com",
            LoginClientConfig.builder().baseUrl("http://127.0.0.1:" + closedPort).build());
    Params params =
        new Params().param("api", "login").param("uid", "alice").secret("pswd", PASSWORD);

    LoginResult<String> result = runtime.execute(GET_LOGIN, params, MAPPER);

    LoginFailure f = failure(result);
    assertEquals(FailureReason.TRANSPORT_ERROR, f.reason());
    assertTrue(
        f.message()
            .contains("GET http://127.0.0.1:" + closedPort + "/gw.k?api=login&uid=alice&pswd=***"),
        f.message());
    assertNoSecret(f.message());
    assertNoSecret(f.summary());
    assertNoSecret(result.toString());
    LoginTransportException e = assertThrows(LoginTransportException.class, result::orThrow);
    assertNoSecret(e.getMessage());
    assertNoSecret(e.toString());
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      assertNoSecret(String.valueOf(t.getMessage()));
    }
  }

  @Test
  void connectionDroppedAfterRequestIsTransportErrorThatMayHaveBeenProcessed() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"sid\":\"s\"}")
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    Params params = new Params().param("api", "login").secret("pswd", PASSWORD);

    LoginResult<String> result = runtime().execute(GET_LOGIN, params, MAPPER);

    LoginFailure f = failure(result);
    assertEquals(FailureReason.TRANSPORT_ERROR, f.reason());
    assertEquals("true", f.details().get("mayHaveBeenProcessed"));
    assertEquals(1, server.getRequestCount());
    assertTrue(f.message().contains("pswd=***"), f.message());
    assertNoSecret(f.message());
    assertNoSecret(result.toString());
    LoginTransportException e = assertThrows(LoginTransportException.class, result::orThrow);
    assertTrue(e.mayHaveBeenProcessed());
    assertNoSecret(e.getMessage());
    // The server did receive the secret: the query string is how this API wants it.
    assertEquals(PASSWORD, server.takeRequest().getUrl().queryParameter("pswd"));
  }

  @Test
  void rejectedLoginEchoingPasswordIsRedactedEverywhere() {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .body("{\"code\":\"E4\",\"message\":\"password Sup3r Secret&pw+1 is wrong\"}")
            .build());

    LoginResult<String> result = runtime().execute(JSON_LOGIN, params(), MAPPER);

    LoginFailure f = failure(result);
    assertEquals(FailureReason.INVALID_CREDENTIALS, f.reason());
    assertEquals("password *** is wrong", f.message());
    assertNoSecret(result.toString());
    RuntimeException e = assertThrows(RuntimeException.class, result::orThrow);
    assertNoSecret(e.getMessage());
  }

  @Test
  void htmlErrorPageOnGatewayErrorIsServiceUnavailable() {
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .body("<html><body>Bad Gateway</body></html>")
            .build());

    LoginFailure f = failure(runtime().execute(JSON_LOGIN, params(), MAPPER));

    assertEquals(FailureReason.SERVICE_UNAVAILABLE, f.reason());
    assertEquals(502, f.httpStatus());
  }

  @Test
  void headerAndQueryParamsReachServer() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"s\"}").build());
    Params params =
        new Params()
            .param("X-Client", "tests", In.HEADER)
            .param("v", "2", In.QUERY)
            .param("login", "alice");

    runtime().execute(JSON_LOGIN, params, MAPPER);

    RecordedRequest request = server.takeRequest();
    assertEquals("tests", request.getHeaders().get("X-Client"));
    assertEquals("/login?v=2", request.getTarget());
    assertEquals("{\"login\":\"alice\"}", request.getBody().utf8());
  }
}
