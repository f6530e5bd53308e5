package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The response size cap is exact: an answer of {@code maxResponseBytes} is read, one byte more is
 * refused, whether the server announced its length or streamed it in chunks.
 */
class ResponseSizeCapTest {
  private static final SessionMapper<String> MAPPER = reply -> reply.get(From.BODY, "sid", true);
  private static final Operation LOGIN =
      Operation.post("login", "/login", BodyEncoding.FORM, Format.JSON)
          .successWhen("sid")
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

  /** {@code {"sid":"…"}} padded with spaces to exactly {@code size} bytes. */
  private static String answer(int size) {
    String json = "{\"sid\":\"s-cap\"}";
    return json + " ".repeat(size - json.length());
  }

  private LoginResult<String> login(long cap, MockResponse response) {
    server.enqueue(response);
    LoginRuntime runtime =
        new LoginRuntime(
            "https://login.example.com",
            LoginClientConfig.builder()
                .baseUrl(server.url("/").toString())
                .maxResponseBytes(cap)
                .build());
    return runtime.execute(LOGIN, new Params().secret("password", "cap-pw"), MAPPER);
  }

  private static MockResponse chunked(String body, int chunk) {
    return new MockResponse.Builder()
        .code(200)
        .chunkedBody(new Buffer().writeUtf8(body), chunk)
        .build();
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 8192, 8193, 20_000})
  void anAnswerOfExactlyTheCapIsRead(int cap) {
    assertEquals(
        "s-cap",
        success(login(cap, new MockResponse.Builder().code(200).body(answer(cap)).build())));
    assertEquals("s-cap", success(login(cap, chunked(answer(cap), 1000))));
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 8192, 8193, 20_000})
  void oneByteMoreIsRefused(int cap) {
    assertTooLarge(
        cap, login(cap, new MockResponse.Builder().code(200).body(answer(cap + 1)).build()));
    assertTooLarge(cap, login(cap, chunked(answer(cap + 1), 1000)));
  }

  @Test
  void noBodyReadsAsEmpty() throws Exception {
    assertEquals(0, BodyReader.read(null, 1).length);
  }

  @Test
  void anEmptyAnswerIsNotTooLarge() {
    List<FailureReason> reasons = new ArrayList<>();
    for (long cap : new long[] {1, 2}) {
      LoginFailure failure =
          assertInstanceOf(
                  LoginResult.Failure.class,
                  login(cap, new MockResponse.Builder().code(200).build()))
              .failure();
      reasons.add(failure.reason());
      assertEquals(false, failure.responseTooLarge());
    }
    assertEquals(List.of(FailureReason.PROTOCOL_ERROR, FailureReason.PROTOCOL_ERROR), reasons);
  }

  private static String success(LoginResult<String> result) {
    return assertInstanceOf(LoginResult.Success.class, result, String.valueOf(result))
        .session()
        .toString();
  }

  private static void assertTooLarge(long cap, LoginResult<String> result) {
    LoginFailure failure =
        assertInstanceOf(LoginResult.Failure.class, result, String.valueOf(result)).failure();
    assertEquals(FailureReason.PROTOCOL_ERROR, failure.reason());
    assertTrue(failure.responseTooLarge());
    assertEquals(String.valueOf(cap), failure.details().get(LoginFailure.MAX_RESPONSE_BYTES));
    assertTrue(failure.message().contains(String.valueOf(cap)), failure.message());
  }
}
