package dev.loginkit.samples.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import jakarta.xml.ws.Endpoint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 against a real SOAP stack: the JAX-WS reference implementation publishes {@link
 * MyApiService} on 127.0.0.1, and the client generated from {@link MyApiLogin} logs in to it.
 * JAX-WS parses LoginKit's envelope, and LoginKit parses JAX-WS's answers and faults.
 */
class MyApiJaxWsTest {
  /** Held so that the level sticks: JAX-WS logs an INFO line per published endpoint. */
  private static final Logger JAX_WS_LOG = Logger.getLogger("com.sun.xml.ws");

  static {
    JAX_WS_LOG.setLevel(Level.WARNING);
  }

  private HttpServer http;
  private Endpoint endpoint;
  private MyApiService service;
  private MyApiLogin client;

  @BeforeEach
  void publish() throws IOException {
    // Our own server on port 0, so that no free port has to be guessed; JAX-WS publishes into its
    // context.
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    service = new MyApiService();
    endpoint = Endpoint.create(service);
    endpoint.publish(http.createContext("/myapi"));
    http.start();
    client =
        new MyApiLoginClient(
            LoginClientConfig.builder()
                .baseUrl("http://127.0.0.1:" + http.getAddress().getPort())
                .build());
  }

  @AfterEach
  void stop() {
    if (endpoint != null) {
      endpoint.stop();
    }
    if (http != null) {
      http.stop(0);
    }
  }

  @Test
  void theJaxWsServiceAcceptsTheEnvelopeAndItsAnswerBecomesTheSession() {
    LoginResult<MyApiLogin.Session> result =
        client.api_login(MyApiService.USER, MyApiService.PASSWORD);

    assertEquals(new LoginResult.Success<>(new MyApiLogin.Session(MyApiService.SESSION)), result);
    assertReceived(new String[] {MyApiService.USER, MyApiService.PASSWORD});
  }

  @Test
  void aWebFaultIsAClassifiedFailureWithTheJaxWsFaultString() {
    String wrong = "wr<o>ng&pass";

    LoginResult<MyApiLogin.Session> result = client.api_login(MyApiService.USER, wrong);

    LoginFailure failure = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.INVALID_CREDENTIALS, failure.reason());
    assertEquals("Server", failure.code());
    assertEquals("Invalid login for " + MyApiService.USER, failure.message());
    assertNull(failure.field());
    assertEquals(500, failure.httpStatus());
    assertEquals(Map.of(), failure.details());
    LoginRejectedException thrown = assertThrows(LoginRejectedException.class, result::orThrow);
    assertEquals(
        "INVALID_CREDENTIALS (HTTP 500, code Server): Invalid login for " + MyApiService.USER,
        thrown.getMessage());
    assertFalse(result.toString().contains(wrong), "password leaked");
    assertReceived(new String[] {MyApiService.USER, wrong});
  }

  @Test
  void aSoapFaultExceptionWithAClientCodeIsAnInvalidRequest() {
    LoginResult<MyApiLogin.Session> result = client.api_login("", MyApiService.PASSWORD);

    LoginFailure failure = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.INVALID_REQUEST, failure.reason());
    assertEquals("Client", failure.code());
    assertEquals("username is required", failure.message());
    assertEquals(500, failure.httpStatus());
    assertReceived(new String[] {"", MyApiService.PASSWORD});
  }

  private void assertReceived(String[]... expected) {
    List<String[]> received = service.received();
    assertEquals(expected.length, received.size());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i][0], received.get(i)[0], "username");
      // Compared without printing: the password stays out of the test output even on failure.
      assertTrue(
          expected[i][1].equals(received.get(i)[1]), "the service received a different password");
    }
  }
}
