package dev.loginkit.samples.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JSON-RPC 2.0 login: the request object, the result, and the error object with its code table.
 */
class JsonRpcLoginTest {
  private static final String PASSWORD = "pa\"ss\\word";
  private static final JsonRpcLogin.Credentials CREDENTIALS =
      new JsonRpcLogin.Credentials("alice", PASSWORD);
  private static final String EXPECTED_REQUEST =
      "{\"jsonrpc\":\"2.0\",\"method\":\"login\","
          + "\"params\":{\"username\":\"alice\",\"password\":\"pa\\\"ss\\\\word\"},\"id\":42}";

  @StartStop public final MockWebServer server = new MockWebServer();

  private JsonRpcLogin client;

  @BeforeEach
  void setUp() {
    client =
        new JsonRpcLoginClient(
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private void assertRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/jsonrpc", request.getTarget());
    assertEquals("application/json; charset=utf-8", request.getHeaders().get("Content-Type"));
    assertEquals(EXPECTED_REQUEST, request.getBody().utf8());
  }

  @Test
  void aResultIsTheSession() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"jsonrpc\":\"2.0\",\"result\":{\"sessionId\":\"rpc-s1\",\"expiresIn\":3600},\"id\":42}"));

    LoginResult<JsonRpcLogin.Session> result = client.login(CREDENTIALS, 42);

    assertRequest();
    assertEquals(new LoginResult.Success<>(new JsonRpcLogin.Session("rpc-s1", 3600, 42)), result);
  }

  @Test
  void anOptionalResultMemberMayBeMissing() throws Exception {
    server.enqueue(
        json(200, "{\"id\":42,\"result\":{\"sessionId\":\"rpc-s2\"},\"jsonrpc\":\"2.0\"}"));

    LoginResult<JsonRpcLogin.Session> result = client.login(CREDENTIALS, 42);

    assertRequest();
    assertEquals(new JsonRpcLogin.Session("rpc-s2", null, 42), result.orThrow());
  }

  @ParameterizedTest
  @CsvSource({
    "200,-32001,Invalid credentials,INVALID_CREDENTIALS",
    "200,-32002,Account locked,ACCOUNT_LOCKED",
    "200,-32003,Too many attempts,RATE_LIMITED",
    "200,-32600,Invalid Request,INVALID_REQUEST",
    "200,-32601,Method not found,INVALID_REQUEST",
    "200,-32700,Parse error,INVALID_REQUEST",
    "500,-32603,Internal error,SERVICE_UNAVAILABLE",
    "500,-32001,Invalid credentials,INVALID_CREDENTIALS",
    "200,-32099,Server error,UNKNOWN"
  })
  void anErrorIsClassifiedByItsCode(int status, String code, String message, FailureReason reason)
      throws Exception {
    server.enqueue(
        json(
            status,
            "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":"
                + code
                + ",\"message\":\""
                + message
                + "\"},\"id\":42}"));

    LoginResult<JsonRpcLogin.Session> result = client.login(CREDENTIALS, 42);

    assertRequest();
    LoginFailure failure = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(new LoginFailure(reason, code, message, null, status, Map.of()), failure);
  }

  @Test
  void theErrorsDataNamesTheField() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":\"Invalid params\","
                + "\"data\":{\"field\":\"username\",\"reason\":\"must not be empty\"}},\"id\":42}"));

    LoginResult<JsonRpcLogin.Session> result = client.login(CREDENTIALS, 42);

    assertRequest();
    LoginFailure failure = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(
        new LoginFailure(
            FailureReason.INVALID_REQUEST, "-32602", "Invalid params", "username", 200, Map.of()),
        failure);
    assertEquals(
        "INVALID_REQUEST (HTTP 200, code -32602, field username): Invalid params",
        failure.summary());
  }

  @Test
  void aSecondFactorErrorIsAChallenge() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32010,\"message\":\"OTP required\"},\"id\":42}"));

    LoginResult<JsonRpcLogin.Session> result = client.login(CREDENTIALS, 42);

    assertRequest();
    LoginResult.Challenge<?> challenge = assertInstanceOf(LoginResult.Challenge.class, result);
    assertEquals(FailureReason.TWO_FACTOR_REQUIRED, challenge.reason());
    assertEquals("-32010", challenge.details().code());
    assertEquals("OTP required", challenge.details().message());
  }

  @Test
  void anErrorMessageEchoingThePasswordIsScrubbedInEverySpelling() throws Exception {
    // The JSON text carries the password JSON-escaped; parsed, it is the password itself.
    server.enqueue(
        json(
            200,
            "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32001,\"message\":\"wrong password pa\\\"ss\\\\word\","
                + "\"data\":{\"field\":\"pa\\\"ss\\\\word\"}},\"id\":42}"));

    LoginResult<JsonRpcLogin.Session> result = client.login(CREDENTIALS, 42);

    assertRequest();
    LoginFailure failure = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.INVALID_CREDENTIALS, failure.reason());
    assertEquals("wrong password ***", failure.message());
    assertEquals("***", failure.field());
    assertFalse(result.toString().contains(PASSWORD), "password leaked");
    assertFalse(result.toString().contains("pa\\\"ss"), "password leaked");
  }

  @Test
  void aResultWithoutSessionIdIsNotASuccess() throws Exception {
    server.enqueue(json(200, "{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":42}"));

    LoginResult<JsonRpcLogin.Session> result = client.login(CREDENTIALS, 42);

    assertRequest();
    LoginFailure failure = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.UNKNOWN, failure.reason());
    assertNull(failure.code());
    assertEquals(200, failure.httpStatus());
  }
}
