package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.Headers;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 9112 §6.3 as the login applies it to the headers of an answer: exactly one way to know where
 * the body ends, or the answer is refused, saying which header made it ambiguous.
 */
class FramingRulesTest {

  private static Response.Builder answer(int code, Protocol protocol) {
    return new Response.Builder()
        .request(new Request.Builder().url("http://127.0.0.1/login").build())
        .protocol(protocol)
        .code(code)
        .message("x");
  }

  private static String violation(Response.Builder answer) {
    return Framing.violation(answer.build());
  }

  private static void assertRefused(Response.Builder answer, String naming) {
    String violation = violation(answer);
    assertNotNull(violation);
    assertTrue(violation.contains(naming), violation);
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 201, 204, 302, 401, 500, 503, 599})
  void finalStatusesWithoutLengthHeadersAreAccepted(int code) {
    assertNull(violation(answer(code, Protocol.HTTP_1_1)));
    assertNull(violation(answer(code, Protocol.HTTP_1_0)));
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 101, 199, 600, 999})
  void interimAndOutOfRangeStatusesAreRefused(int code) {
    assertRefused(answer(code, Protocol.HTTP_1_1), "status " + code);
    assertRefused(answer(code, Protocol.HTTP_2), "status " + code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "42", "000123", "999999999999999999"})
  void oneLengthOfOneToEighteenDigitsIsAccepted(String length) {
    assertNull(violation(answer(200, Protocol.HTTP_1_1).header("Content-Length", length)));
    assertNull(violation(answer(200, Protocol.HTTP_1_0).header("Content-Length", length)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "-5", "+5", "abc", "12a", "1 2", "0x10", "1.0", "9999999999999999999", "١٢"})
  void anyOtherLengthIsRefused(String length) {
    // as received: OkHttp's parser keeps any bytes a server sends in a header value
    assertRefused(
        answer(200, Protocol.HTTP_1_1)
            .headers(new Headers.Builder().addUnsafeNonAscii("Content-Length", length).build()),
        "Content-Length");
  }

  @Test
  void twoLengthsAreRefusedEvenWhenEqual() {
    assertRefused(
        answer(200, Protocol.HTTP_1_1)
            .addHeader("Content-Length", "5")
            .addHeader("Content-Length", "5"),
        "more than one Content-Length");
  }

  @ParameterizedTest
  @ValueSource(strings = {"chunked", "CHUNKED", " chunked ", "Chunked"})
  void oneChunkedEncodingIsAccepted(String encoding) {
    assertNull(violation(answer(200, Protocol.HTTP_1_1).header("Transfer-Encoding", encoding)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "gzip, chunked", "chunked, chunked", "identity", ""})
  void otherTransferEncodingsAreRefused(String encoding) {
    assertRefused(
        answer(200, Protocol.HTTP_1_1).header("Transfer-Encoding", encoding), "Transfer-Encoding");
  }

  @Test
  void twoTransferEncodingHeadersAreRefused() {
    assertRefused(
        answer(200, Protocol.HTTP_1_1)
            .addHeader("Transfer-Encoding", "chunked")
            .addHeader("Transfer-Encoding", "chunked"),
        "Transfer-Encoding");
  }

  @Test
  void chunkedWithALengthIsRefused() {
    assertRefused(
        answer(200, Protocol.HTTP_1_1)
            .header("Transfer-Encoding", "chunked")
            .header("Content-Length", "5"),
        "both Transfer-Encoding and Content-Length");
  }

  /** HTTP/2 frames each stream itself: its length headers say nothing about where the body ends. */
  @Test
  void http2AnswersAreNotJudgedByTheirLengthHeaders() {
    assertNull(
        violation(
            answer(200, Protocol.HTTP_2)
                .addHeader("Content-Length", "5")
                .addHeader("Content-Length", "6")));
    assertNull(violation(answer(200, Protocol.H2_PRIOR_KNOWLEDGE).header("Content-Length", "abc")));
  }
}
