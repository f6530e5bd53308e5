package dev.loginkit.samples.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Three real JSON-RPC logins, each as its provider documents the exchange: typed constants ({@code
 * "id":1}) and positional arguments mixing constants, a secret and a record.
 */
class PositionalRpcLoginTest {
  private static final String PASSWORD = "zab\"bix\\pw";

  @StartStop public final MockWebServer server = new MockWebServer();

  private LoginClientConfig config() {
    return LoginClientConfig.builder().baseUrl(server.url("/").toString()).build();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private String body(String path) throws InterruptedException {
    return body(path, "application/json; charset=utf-8");
  }

  private String body(String path, String contentType) throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals(path, request.getTarget());
    assertEquals(contentType, request.getHeaders().get("Content-Type"));
    return request.getBody().utf8();
  }

  // Zabbix user.login ------------------------------------------------------------------------

  @Test
  void zabbixSendsANumericIdAndGetsTheTokenAsTheResult() throws Exception {
    server.enqueue(
        json("{\"jsonrpc\":\"2.0\",\"result\":\"0424bd59b807674191e7d77572075f33\",\"id\":1}"));

    LoginResult<ZabbixLogin.Session> result =
        new ZabbixLoginClient(config()).login(new ZabbixLogin.Credentials("Admin", PASSWORD));

    assertEquals(
        "{\"jsonrpc\":\"2.0\",\"method\":\"user.login\",\"id\":1,"
            + "\"params\":{\"username\":\"Admin\",\"password\":\"zab\\\"bix\\\\pw\"}}",
        body("/zabbix/api_jsonrpc.php", "application/json-rpc"));
    ZabbixLogin.Session session =
        assertInstanceOf(LoginResult.Success.class, result).session()
                instanceof ZabbixLogin.Session s
            ? s
            : null;
    assertEquals("0424bd59b807674191e7d77572075f33", session.token().reveal());
    assertFalse(result.toString().contains("0424bd59"), result.toString());
  }

  @Test
  void zabbixWrongPasswordIsInvalidCredentials() throws Exception {
    server.enqueue(
        json(
            "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":\"Invalid params.\","
                + "\"data\":\"Incorrect user name or password or account is temporarily blocked.\"},\"id\":1}"));

    LoginResult<ZabbixLogin.Session> result =
        new ZabbixLoginClient(config()).login(new ZabbixLogin.Credentials("Admin", "wrong"));

    LoginFailure f = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.INVALID_CREDENTIALS, f.reason());
    assertEquals("-32602", f.code());
    assertEquals("Incorrect user name or password or account is temporarily blocked.", f.message());
  }

  // OpenWrt ubus session login ---------------------------------------------------------------

  @Test
  void ubusSendsPositionalArgumentsAndReadsTheSessionFromTheResultArray() throws Exception {
    server.enqueue(
        json(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[0,{\"ubus_rpc_session\":"
                + "\"c1ed6c7b025d0caca723a816fa61b668\",\"timeout\":300,\"expires\":300,\"acls\":{},"
                + "\"data\":{\"username\":\"root\"}}]}"));

    LoginResult<UbusLogin.Session> result =
        new UbusLoginClient(config()).login(new UbusLogin.Credentials("root", "secret"));

    assertEquals(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"call\",\"params\":[\"00000000000000000000000000000000\","
            + "\"session\",\"login\",{\"username\":\"root\",\"password\":\"secret\"}]}",
        body("/ubus"));
    assertEquals(
        new LoginResult.Success<>(new UbusLogin.Session("c1ed6c7b025d0caca723a816fa61b668", 300)),
        result);
  }

  @Test
  void ubusPermissionDeniedIsInvalidCredentials() throws Exception {
    server.enqueue(json("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[6]}"));

    LoginResult<UbusLogin.Session> result =
        new UbusLoginClient(config()).login(new UbusLogin.Credentials("root", "wrong"));

    LoginFailure f = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.INVALID_CREDENTIALS, f.reason());
    assertEquals("6", f.code());
  }

  // Deluge auth.login ------------------------------------------------------------------------

  @Test
  void delugeSendsThePasswordAsTheOnlyPositionalArgumentAndKeepsTheCookie() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .addHeader(
                "Set-Cookie",
                "_session_id=3f2a9c1e0b7d; Expires=Fri, 04 Dec 2026 21:00:00 GMT; Path=/json")
            .body("{\"result\": true, \"error\": null, \"id\": 1}")
            .build());

    LoginResult<DelugeLogin.Session> result = new DelugeLoginClient(config()).login(PASSWORD);

    assertEquals(
        "{\"method\":\"auth.login\",\"id\":1,\"params\":[\"zab\\\"bix\\\\pw\"]}", body("/json"));
    DelugeLogin.Session session = ((LoginResult.Success<DelugeLogin.Session>) result).session();
    assertEquals("3f2a9c1e0b7d", session.sessionId().reveal());
  }

  @Test
  void delugeWrongPasswordIsInvalidCredentialsWithNoSecretShown() throws Exception {
    server.enqueue(json("{\"result\": false, \"error\": null, \"id\": 1}"));

    LoginResult<DelugeLogin.Session> result = new DelugeLoginClient(config()).login(PASSWORD);

    LoginFailure f = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.INVALID_CREDENTIALS, f.reason());
    assertFalse(result.toString().contains("zab"), result.toString());
  }
}
