package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A call reaches the network at most once, never after it was given up, and whether it did is known
 * exactly: {@link SendOnce} as a network interceptor of a real OkHttp client on loopback.
 */
class SendOnceTest {
  private final MockWebServer server = new MockWebServer();
  private final SendOnce sendOnce = new SendOnce();
  private OkHttpClient client;

  @BeforeEach
  void start() throws IOException {
    server.start();
    client =
        new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .addNetworkInterceptor(sendOnce)
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Call newCall() {
    return client.newCall(new Request.Builder().url(server.url("/login")).build());
  }

  @Test
  void aCallSentOnceReachedTheNetwork() throws IOException {
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
    Call call = newCall();
    assertFalse(sendOnce.reached(call));

    try (Response response = call.execute()) {
      assertEquals("ok", response.body().string());
    }

    assertTrue(sendOnce.reached(call));
    assertTrue(sendOnce.abandon(call), "giving up a call that was sent says it was");
    assertTrue(sendOnce.reached(call), "giving it up afterwards does not unsend it");
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aCallGivenUpBeforeSendingNeverReachesTheNetwork() {
    Call call = newCall();

    assertFalse(sendOnce.abandon(call), "not sent yet");
    assertFalse(sendOnce.abandon(call), "still not sent");

    IOException e = assertThrows(IOException.class, call::execute);
    assertTrue(e instanceof SendOnce.AbandonedException, e.toString());
    assertFalse(sendOnce.reached(call));
    assertEquals(0, server.getRequestCount());
  }

  /** Whoever tries a second send (here an interceptor of the caller's client) is refused. */
  @Test
  void aSecondSendOfTheSameCallIsRefused() {
    server.enqueue(new MockResponse.Builder().code(500).body("first").build());
    server.enqueue(new MockResponse.Builder().code(200).body("second").build());
    OkHttpClient retrying =
        client
            .newBuilder()
            .addInterceptor(
                chain -> {
                  chain.proceed(chain.request()).close();
                  return chain.proceed(chain.request());
                })
            .build();
    Call call = retrying.newCall(new Request.Builder().url(server.url("/login")).build());

    IOException e = assertThrows(IOException.class, call::execute);

    assertTrue(e instanceof SendOnce.RefusedResendException, e.toString());
    assertEquals(1, server.getRequestCount());
    assertTrue(sendOnce.reached(call));
  }

  @Test
  void callsAreToldApart() throws IOException {
    server.enqueue(new MockResponse.Builder().code(200).body("a").build());
    server.enqueue(new MockResponse.Builder().code(200).body("b").build());
    Call first = newCall();
    Call second = newCall();
    first.execute().close();

    assertTrue(sendOnce.reached(first));
    assertFalse(sendOnce.reached(second));
    second.execute().close();
    assertEquals(2, server.getRequestCount());
  }

  /** OkHttp re-sends a 503 whose Retry-After is 0; for a login that 503 is the answer. */
  @ParameterizedTest
  @ValueSource(strings = {"0", "00", "99999999999"})
  void aServiceUnavailableAskingForAnImmediateRetryIsTheAnswer(String retryAfter)
      throws IOException {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", retryAfter)
            .body("down")
            .build());
    server.enqueue(new MockResponse.Builder().code(200).body("second").build());

    try (Response response = newCall().execute()) {
      assertEquals(503, response.code());
      assertEquals("down", response.body().string());
      assertNull(response.header("Retry-After"));
    }
    assertEquals(1, server.getRequestCount());
  }

  /** Any other Retry-After, or the header on another status, reaches the caller as sent. */
  @ParameterizedTest
  @ValueSource(strings = {"1", "120", "soon", "Fri, 04 Dec 2026 10:00:00 GMT", "-1"})
  void otherRetryAfterHeadersAreKept(String retryAfter) throws IOException {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", retryAfter)
            .body("down")
            .build());
    try (Response response = newCall().execute()) {
      assertEquals(503, response.code());
      assertEquals(retryAfter, response.header("Retry-After"));
    }
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "0")
            .body("slow down")
            .build());
    try (Response response = newCall().execute()) {
      assertEquals(429, response.code());
      assertEquals("0", response.header("Retry-After"));
    }
    assertEquals(2, server.getRequestCount());
  }
}
