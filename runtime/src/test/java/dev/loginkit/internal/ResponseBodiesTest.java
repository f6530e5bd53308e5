package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a received body becomes its outcome: the charset the server declared is honoured (XML naming
 * its own encoding excepted), a 2xx that says nothing usable is a protocol error saying why, and a
 * server's {@code Content-Type} is shown only printable and short.
 */
class ResponseBodiesTest {
  private static final String PASSWORD = "B0dy pa$$";
  private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
  private static final SessionMapper<String> MAPPER = reply -> reply.get(From.BODY, "sid", true);

  private static Operation op(Format format) {
    return Operation.post("login", "/login", BodyEncoding.FORM, format)
        .successWhen(format == Format.TEXT ? "." : "sid")
        .failureDetails("code", "message", "")
        .reads(format == Format.TEXT ? "." : "sid")
        .build();
  }

  private static LoginResult<String> interpret(
      Format format, int status, Headers headers, byte[] body, Charset charset) {
    return ResponseInterpreter.interpret(
        op(format),
        format,
        status,
        headers,
        HttpUrl.get("http://127.0.0.1/login"),
        body,
        charset,
        format == Format.TEXT ? reply -> reply.get(From.BODY, ".", true) : MAPPER,
        Redactor.forSecrets(new Params().secret("password", PASSWORD)),
        null,
        null);
  }

  private static String session(LoginResult<String> result) {
    return assertInstanceOf(LoginResult.Success.class, result, String.valueOf(result))
        .session()
        .toString();
  }

  private static LoginFailure failure(LoginResult<String> result) {
    return assertInstanceOf(LoginResult.Failure.class, result, String.valueOf(result)).failure();
  }

  @Test
  void jsonInTheDeclaredCharsetIsRead() {
    byte[] body = "{\"sid\":\"café-ß\"}".getBytes(LATIN_1);
    assertEquals("café-ß", session(interpret(Format.JSON, 200, Headers.of(), body, LATIN_1)));
  }

  @Test
  void jsonInAUtfCharsetIsReadAsIs() {
    byte[] body = "{\"sid\":\"café-€\"}".getBytes(StandardCharsets.UTF_16BE);
    assertEquals(
        "café-€",
        session(interpret(Format.JSON, 200, Headers.of(), body, StandardCharsets.UTF_16BE)));
    byte[] utf8 = "{\"sid\":\"café-€\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "café-€", session(interpret(Format.JSON, 200, Headers.of(), utf8, StandardCharsets.UTF_8)));
    assertEquals("café-€", session(interpret(Format.JSON, 200, Headers.of(), utf8, null)));
  }

  @Test
  void xmlWithoutADeclarationIsTranscodedFromTheDeclaredCharset() {
    byte[] body = "<out><sid>café-ß</sid></out>".getBytes(LATIN_1);
    assertEquals("café-ß", session(interpret(Format.XML, 200, Headers.of(), body, LATIN_1)));
    byte[] declaredWithoutEncoding =
        "<?xml version=\"1.0\"?><out><sid>café-ß</sid></out>".getBytes(LATIN_1);
    assertEquals(
        "café-ß",
        session(interpret(Format.XML, 200, Headers.of(), declaredWithoutEncoding, LATIN_1)));
  }

  /**
   * The document's own declaration wins: transcoding it first would read every non-ASCII byte
   * twice.
   */
  @Test
  void xmlNamingItsOwnEncodingIsReadByIt() {
    byte[] body =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><out><sid>café-ß</sid></out>"
            .getBytes(LATIN_1);
    assertEquals("café-ß", session(interpret(Format.XML, 200, Headers.of(), body, LATIN_1)));
    Charset windows1252 = Charset.forName("windows-1252");
    assertEquals("café-ß", session(interpret(Format.XML, 200, Headers.of(), body, windows1252)));
  }

  /** Only a declaration at the very start counts, and only its first 100 bytes are looked at. */
  @Test
  void anEncodingNamedElsewhereIsNoDeclaration() {
    byte[] late = ("<out><sid>café</sid><note>encoding=\"UTF-8\"?></note></out>").getBytes(LATIN_1);
    assertEquals("café", session(interpret(Format.XML, 200, Headers.of(), late, LATIN_1)));
    byte[] inAComment =
        ("<?xml version=\"1.0\"?><!-- encoding --><out><sid>café</sid></out>").getBytes(LATIN_1);
    assertEquals("café", session(interpret(Format.XML, 200, Headers.of(), inAComment, LATIN_1)));
  }

  @Test
  void textIsTrimmedAndReadInTheDeclaredCharset() {
    assertEquals(
        "tok-é",
        session(
            interpret(Format.TEXT, 200, Headers.of(), " \ttok-é\r\n".getBytes(LATIN_1), LATIN_1)));
    assertEquals(
        "tok-é",
        session(
            interpret(
                Format.TEXT, 200, Headers.of(), "tok-é".getBytes(StandardCharsets.UTF_8), null)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n", "\r\n", "\t", " \r\n\t "})
  void aBlankSuccessfulAnswerIsAnEmptyBody(String blank) {
    LoginFailure failure =
        failure(
            interpret(
                Format.XML_RPC, 200, Headers.of(), blank.getBytes(StandardCharsets.UTF_8), null));
    assertEquals(FailureReason.PROTOCOL_ERROR, failure.reason());
    LoginFailure json =
        failure(
            interpret(
                Format.JSON, 200, Headers.of(), blank.getBytes(StandardCharsets.UTF_8), null));
    assertEquals("successful response has an empty body", json.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", " {} ", "{\"other\":1}", "\t{\"a\":\"b\"}\n"})
  void aSuccessfulAnswerWithNoneOfTheFieldsSaysSoAndShowsItsStart(String body) {
    LoginFailure failure =
        failure(
            interpret(
                Format.JSON,
                200,
                Headers.of("Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8),
                null));
    assertEquals(FailureReason.PROTOCOL_ERROR, failure.reason());
    assertTrue(
        failure
            .message()
            .startsWith("successful response has none of the expected fields; body starts: "),
        failure.message());
    assertTrue(failure.message().endsWith(body.trim()), failure.message());
    assertEquals("application/json", failure.details().get(ResponseInterpreter.CONTENT_TYPE));
  }

  @Test
  void anEmptyJsonBodyOnASuccessSaysItIsEmpty() {
    LoginFailure failure = failure(interpret(Format.JSON, 200, Headers.of(), new byte[0], null));
    assertEquals(FailureReason.PROTOCOL_ERROR, failure.reason());
    assertEquals(200, failure.httpStatus());
  }

  /** Not a 2xx: an answer carrying nothing is the status's failure, not a protocol error. */
  @ParameterizedTest
  @ValueSource(ints = {300, 401, 403, 500, 503})
  void aFailureStatusWithNothingUsableIsReadByItsStatus(int status) {
    LoginFailure failure =
        failure(
            interpret(
                Format.JSON, status, Headers.of(), "{}".getBytes(StandardCharsets.UTF_8), null));
    assertEquals(Operation.defaultReason(status), failure.reason());
    assertEquals(status, failure.httpStatus());
  }

  @Test
  void aSuccessfulAnswerWithAnUnknownCodeIsUnknownCarryingTheCode() {
    LoginFailure failure =
        failure(
            interpret(
                Format.JSON,
                200,
                Headers.of(),
                "{\"code\":\"77\",\"message\":\"odd\"}".getBytes(StandardCharsets.UTF_8),
                null));
    assertEquals(FailureReason.UNKNOWN, failure.reason());
    assertEquals("77", failure.code());
    assertEquals("odd", failure.message());
  }

  /**
   * Every 2xx is a successful answer, whose unreadable body is a protocol error showing its start.
   */
  @ParameterizedTest
  @ValueSource(ints = {200, 204, 299})
  void anUnreadableSuccessfulAnswerIsAProtocolError(int status) {
    LoginFailure failure =
        failure(
            interpret(
                Format.JSON,
                status,
                Headers.of("Content-Type", "text/html"),
                "<html>oops</html>".getBytes(StandardCharsets.UTF_8),
                null));
    assertEquals(FailureReason.PROTOCOL_ERROR, failure.reason());
    assertTrue(failure.message().endsWith("; body starts: <html>oops</html>"), failure.message());
    assertEquals("text/html", failure.details().get(ResponseInterpreter.CONTENT_TYPE));
  }

  /**
   * Outside 2xx an error page in the wrong syntax is still read by its status, shown as an excerpt.
   */
  @ParameterizedTest
  @ValueSource(ints = {199, 300, 503})
  void anUnreadableFailureAnswerIsReadByItsStatus(int status) {
    LoginFailure failure =
        failure(
            interpret(
                Format.JSON,
                status,
                Headers.of("Content-Type", "text/html"),
                ("<html>no " + PASSWORD + "</html>").getBytes(StandardCharsets.UTF_8),
                null));
    assertEquals(Operation.defaultReason(status), failure.reason());
    assertEquals("<html>no ***</html>", failure.message());
    assertNull(failure.details().get(ResponseInterpreter.CONTENT_TYPE));
  }

  @Test
  void theServersContentTypeIsShownPrintableAndShort() {
    String sixty = "text/html; x=" + "a".repeat(47);
    assertEquals(60, sixty.length());
    assertEquals(sixty, contentTypeShown(Headers.of("Content-Type", sixty)));
    assertEquals(sixty, contentTypeShown(Headers.of("Content-Type", sixty + "bcdef")));
    assertEquals(
        "a ~?b",
        contentTypeShown(new Headers.Builder().addUnsafeNonAscii("Content-Type", "a ~éb").build()));
    assertEquals(
        "?x?y",
        contentTypeShown(
            new Headers.Builder().addUnsafeNonAscii("Content-Type", "\u007fx\u001fy").build()));
  }

  @Test
  void noContentTypeNoDetail() {
    LoginFailure failure =
        failure(
            interpret(
                Format.JSON, 200, Headers.of(), "nope".getBytes(StandardCharsets.UTF_8), null));
    assertFalse(failure.details().containsKey(ResponseInterpreter.CONTENT_TYPE));
    LoginFailure noHeaders =
        failure(interpret(Format.JSON, 200, null, "nope".getBytes(StandardCharsets.UTF_8), null));
    assertFalse(noHeaders.details().containsKey(ResponseInterpreter.CONTENT_TYPE));
  }

  private static String contentTypeShown(Headers headers) {
    return failure(
            interpret(Format.JSON, 200, headers, "nope".getBytes(StandardCharsets.UTF_8), null))
        .details()
        .get(ResponseInterpreter.CONTENT_TYPE);
  }

  /**
   * A challenge evaluated outside a call (no runtime) cannot be continued, but is still a
   * challenge.
   */
  @ParameterizedTest
  @EnumSource(
      value = Format.class,
      names = {"JSON"})
  void aChallengeOutsideACallHasNoContinuation(Format format) {
    Operation op =
        Operation.post("login", "/login", BodyEncoding.FORM, format)
            .challengeWhen(FailureReason.TWO_FACTOR_REQUIRED, new int[0], "tfa", "required")
            .answeredBy("code")
            .successWhen("sid")
            .reads("sid")
            .build();
    LoginResult<String> result =
        ResponseInterpreter.interpret(
            op,
            format,
            200,
            Headers.of(),
            HttpUrl.get("http://127.0.0.1/"),
            "{\"tfa\":\"required\"}".getBytes(StandardCharsets.UTF_8),
            null,
            MAPPER,
            Redactor.forSecrets(new Params()),
            null,
            new Params());
    LoginResult.Challenge<?> challenge = assertInstanceOf(LoginResult.Challenge.class, result);
    assertEquals(FailureReason.TWO_FACTOR_REQUIRED, challenge.reason());
    assertFalse(challenge.canContinue());
  }
}
