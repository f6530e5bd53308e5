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
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseInterpreterTest {

  private static final String PASSWORD = "pa ss&w0rd";
  private static final SessionMapper<String> MAPPER = reply -> reply.get(From.BODY, "sid", true);

  /** A JSON login with a 2FA challenge, a success rule, a code table and a status table. */
  private static final Operation JSON_OP =
      Operation.post("login", "/login", BodyEncoding.JSON, Format.JSON)
          .challengeWhen(FailureReason.TWO_FACTOR_REQUIRED, new int[0], "field", "2fa")
          .successWhen("Success", "1", "true")
          .failureDetails("ErrorCode", "message", "field")
          .onCode(FailureReason.MISSING_CREDENTIALS, "1", "2", "3")
          .onCode(FailureReason.INVALID_CREDENTIALS, "4")
          .onStatus(FailureReason.ACCOUNT_LOCKED, 402)
          .reads("sid")
          .build();

  /** No success rule, no tables: LoginKit's defaults decide. */
  private static final Operation BARE_OP =
      Operation.post("login", "/login", BodyEncoding.FORM, Format.JSON)
          .failureDetails("", "message", "")
          .reads("sid")
          .build();

  private static Params params() {
    return new Params().param("login", "alice").secret("password", PASSWORD);
  }

  private static LoginResult<String> interpret(Operation op, int status, String body) {
    return ResponseInterpreter.interpret(
        op,
        op.format(),
        status,
        Headers.of(),
        HttpUrl.get("http://localhost/"),
        body.getBytes(StandardCharsets.UTF_8),
        null,
        MAPPER,
        Redactor.forSecrets(params()),
        null,
        null);
  }

  private static LoginFailure failure(LoginResult<String> result) {
    return assertInstanceOf(LoginResult.Failure.class, result).failure();
  }

  @Test
  void successRuleMatchedBuildsSession() {
    LoginResult<String> result = interpret(JSON_OP, 200, "{\"Success\":\"1\",\"sid\":\"s-1\"}");
    assertEquals("s-1", assertInstanceOf(LoginResult.Success.class, result).session());
  }

  @Test
  void successRuleAcceptsAnyListedValueAfterTrimming() {
    LoginResult<String> result =
        interpret(JSON_OP, 200, "{\"Success\":\" true \",\"sid\":\"s-2\"}");
    assertEquals("s-2", assertInstanceOf(LoginResult.Success.class, result).session());
  }

  @Test
  void successRuleNeedsA2xxStatus() {
    LoginFailure f = failure(interpret(JSON_OP, 500, "{\"Success\":\"1\",\"sid\":\"s\"}"));
    assertEquals(FailureReason.SERVICE_UNAVAILABLE, f.reason());
    assertEquals(500, f.httpStatus());
  }

  @Test
  void challengeRuleWinsBeforeSuccess() {
    LoginResult<String> result =
        interpret(
            JSON_OP,
            200,
            "{\"Success\":\"1\",\"sid\":\"s\",\"field\":\"2fa\",\"message\":\"enter code\"}");
    LoginResult.Challenge<?> challenge = assertInstanceOf(LoginResult.Challenge.class, result);
    assertEquals(FailureReason.TWO_FACTOR_REQUIRED, challenge.reason());
    assertEquals("enter code", challenge.details().message());
    assertEquals("2fa", challenge.details().field());
    assertEquals(200, challenge.details().httpStatus());
  }

  @Test
  void challengeRuleRestrictedToStatusDoesNotFireOnOtherStatus() {
    Operation op =
        Operation.post("login", "/login", BodyEncoding.JSON, Format.JSON)
            .challengeWhen(FailureReason.TWO_FACTOR_REQUIRED, new int[] {402}, "field", "2fa")
            .failureDetails("", "message", "field")
            .reads("sid")
            .build();
    assertInstanceOf(LoginResult.Challenge.class, interpret(op, 402, "{\"field\":\"2fa\"}"));
    LoginFailure f = failure(interpret(op, 400, "{\"field\":\"2fa\"}"));
    assertEquals(FailureReason.INVALID_REQUEST, f.reason());
  }

  @Test
  void firstMatchingChallengeRuleDecidesItsReason() {
    Operation op =
        Operation.post("login", "/login", BodyEncoding.JSON, Format.JSON)
            .challengeWhen(FailureReason.TWO_FACTOR_REQUIRED, new int[] {402}, "field", "2fa")
            .challengeWhen(FailureReason.INVALID_REQUEST, new int[] {402}, "field", "captcha")
            .reads("sid")
            .build();
    LoginResult.Challenge<?> c =
        assertInstanceOf(
            LoginResult.Challenge.class, interpret(op, 402, "{\"field\":\"captcha\"}"));
    assertEquals(FailureReason.INVALID_REQUEST, c.reason());
  }

  @Test
  void failedSuccessRuleWithKnownCodeUsesCodeTable() {
    LoginFailure f =
        failure(
            interpret(
                JSON_OP, 200, "{\"Success\":\"0\",\"ErrorCode\":[4],\"message\":\"Incorrect\"}"));
    assertEquals(FailureReason.INVALID_CREDENTIALS, f.reason());
    assertEquals("4", f.code());
    assertEquals("Incorrect", f.message());
    assertEquals(200, f.httpStatus());
  }

  @Test
  void codeTableBeatsStatusTable() {
    LoginFailure f = failure(interpret(JSON_OP, 402, "{\"ErrorCode\":\"2\"}"));
    assertEquals(FailureReason.MISSING_CREDENTIALS, f.reason());
    assertEquals("2", f.code());
    assertEquals(402, f.httpStatus());
  }

  @Test
  void statusTableAppliesWithoutCode() {
    LoginFailure f = failure(interpret(JSON_OP, 402, "{\"message\":\"locked\"}"));
    assertEquals(FailureReason.ACCOUNT_LOCKED, f.reason());
    assertNull(f.code());
    assertEquals("locked", f.message());
  }

  @Test
  void statusTableBeatsDefaultReason() {
    Operation op =
        Operation.post("login", "/login", BodyEncoding.JSON, Format.JSON)
            .onStatus(FailureReason.INVALID_CREDENTIALS, 400)
            .reads("sid")
            .build();
    assertEquals(FailureReason.INVALID_CREDENTIALS, failure(interpret(op, 400, "{}")).reason());
  }

  @ParameterizedTest
  @CsvSource({
    "401, INVALID_CREDENTIALS",
    "403, ACCESS_DENIED",
    "423, ACCOUNT_LOCKED",
    "429, RATE_LIMITED",
    "503, SERVICE_UNAVAILABLE",
    "500, SERVICE_UNAVAILABLE",
    "302, PROTOCOL_ERROR",
    "400, INVALID_REQUEST",
    "404, INVALID_REQUEST"
  })
  void defaultReasonsForStatusesNoTableMentions(int status, FailureReason expected) {
    LoginFailure f = failure(interpret(BARE_OP, status, "{\"message\":\"no\"}"));
    assertEquals(expected, f.reason());
    assertEquals(status, f.httpStatus());
    assertEquals("no", f.message());
  }

  @Test
  void defaultReasonAppliesToEmptyBody() {
    assertEquals(FailureReason.PROTOCOL_ERROR, failure(interpret(BARE_OP, 302, "")).reason());
  }

  @Test
  void unknownCodeOn2xxIsUnknownCarryingTheCode() {
    LoginFailure f =
        failure(
            interpret(
                JSON_OP, 200, "{\"Success\":\"0\",\"ErrorCode\":\" 99 \",\"message\":\"odd\"}"));
    assertEquals(FailureReason.UNKNOWN, f.reason());
    assertEquals("99", f.code());
    assertEquals("odd", f.message());
  }

  @Test
  void every2xxIsSuccessWithoutSuccessRule() {
    assertEquals(
        "s",
        assertInstanceOf(LoginResult.Success.class, interpret(BARE_OP, 201, "{\"sid\":\"s\"}"))
            .session());
  }

  @Test
  void malformedBodyOn200IsProtocolErrorWithExcerpt() {
    LoginFailure f = failure(interpret(JSON_OP, 200, "{\"Success\":\"1\", oops"));
    assertEquals(FailureReason.PROTOCOL_ERROR, f.reason());
    assertEquals(200, f.httpStatus());
    assertTrue(f.message().startsWith("malformed JSON"), f.message());
    assertTrue(f.message().endsWith("; body starts: {\"Success\":\"1\", oops"), f.message());
  }

  @Test
  void excerptOfMalformedBodyIsShortOneLineAndRedacted() {
    String body = "<html>\n<body>\nwrong " + PASSWORD + "\n" + "x".repeat(500) + "</body></html>";
    LoginFailure f = failure(interpret(JSON_OP, 200, body));
    assertEquals(FailureReason.PROTOCOL_ERROR, f.reason());
    String excerpt =
        f.message().substring(f.message().indexOf("; body starts: ") + "; body starts: ".length());
    assertTrue(excerpt.startsWith("<html> <body> wrong *** xxx"), excerpt);
    assertEquals(ResponseInterpreter.EXCERPT_CHARS + 1, excerpt.length(), excerpt);
    assertTrue(excerpt.endsWith("…"), excerpt);
    assertFalse(f.message().contains("pa ss"), f.message());
  }

  @Test
  void htmlBodyOn503IsServiceUnavailable() {
    LoginFailure f =
        failure(
            interpret(
                JSON_OP,
                503,
                "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"));
    assertEquals(FailureReason.SERVICE_UNAVAILABLE, f.reason());
    assertEquals(503, f.httpStatus());
    assertEquals(
        "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>", f.message());
  }

  @Test
  void htmlBodyOnStatusInStatusTableTakesTheDeclaredReason() {
    LoginFailure f = failure(interpret(JSON_OP, 402, "<html><body>Payment Required</body></html>"));
    assertEquals(FailureReason.ACCOUNT_LOCKED, f.reason());
    assertEquals(402, f.httpStatus());
  }

  @Test
  void xmlOperationReadsXmlBody() {
    Operation op =
        Operation.get("login", "/gw.k", Format.XML)
            .successWhen("rc", "0")
            .failureDetails("rc", "msg", "")
            .onCode(FailureReason.INVALID_CREDENTIALS, "4")
            .reads("sid")
            .build();
    assertEquals(
        "S1",
        assertInstanceOf(
                LoginResult.Success.class, interpret(op, 200, "<out><rc>0</rc><sid>S1</sid></out>"))
            .session());
    LoginFailure f =
        failure(interpret(op, 200, "<out><rc>4</rc><msg>Invalid user identification</msg></out>"));
    assertEquals(FailureReason.INVALID_CREDENTIALS, f.reason());
    assertEquals("4", f.code());
    assertEquals("Invalid user identification", f.message());
  }

  @Test
  void textOperationReadsWholeTrimmedBody() {
    Operation op = Operation.get("login", "/t", Format.TEXT).successWhen(".").reads(".").build();
    SessionMapper<String> whole = reply -> reply.get(From.BODY, ".", true);
    LoginResult<String> result =
        ResponseInterpreter.interpret(
            op,
            op.format(),
            200,
            Headers.of(),
            HttpUrl.get("http://localhost/"),
            "  token-1 \n".getBytes(StandardCharsets.UTF_8),
            null,
            whole,
            Redactor.forSecrets(new Params()),
            null,
            null);
    assertEquals("token-1", assertInstanceOf(LoginResult.Success.class, result).session());
  }

  @Test
  void missingRequiredSessionFieldIsProtocolErrorNamingTheField() {
    LoginFailure f = failure(interpret(JSON_OP, 200, "{\"Success\":\"1\"}"));
    assertEquals(FailureReason.PROTOCOL_ERROR, f.reason());
    assertEquals(200, f.httpStatus());
    assertEquals("successful response lacks body field 'sid'", f.message());
  }

  @Test
  void mapperReadsHeadersAndCookies() {
    SessionMapper<String> mapper =
        reply ->
            reply.get(From.HEADER, "X-Request-Id", true)
                + "|"
                + reply.get(From.COOKIE, "PHPSESSID", true);
    LoginResult<String> result =
        ResponseInterpreter.interpret(
            BARE_OP,
            BARE_OP.format(),
            200,
            Headers.of("X-Request-Id", "r-9", "Set-Cookie", "PHPSESSID=c00k1e; Path=/"),
            HttpUrl.get("http://localhost/"),
            new byte[0],
            null,
            mapper,
            Redactor.forSecrets(new Params()),
            null,
            null);
    assertEquals("r-9|c00k1e", assertInstanceOf(LoginResult.Success.class, result).session());
  }

  @Test
  void missingRequiredCookieNamesTheCookie() {
    SessionMapper<String> mapper = reply -> reply.get(From.COOKIE, "PHPSESSID", true);
    LoginResult<String> result =
        ResponseInterpreter.interpret(
            BARE_OP,
            BARE_OP.format(),
            200,
            Headers.of(),
            HttpUrl.get("http://localhost/"),
            new byte[0],
            null,
            mapper,
            Redactor.forSecrets(new Params()),
            null,
            null);
    assertEquals("successful response lacks cookie 'PHPSESSID'", failure(result).message());
  }

  @Test
  void malformedSessionValueIsProtocolErrorNamingFieldNotValue() {
    SessionMapper<Integer> mapper = reply -> Values.asInt(reply.get(From.BODY, "sid", true), "sid");
    LoginResult<Integer> result =
        ResponseInterpreter.interpret(
            BARE_OP,
            BARE_OP.format(),
            200,
            Headers.of(),
            HttpUrl.get("http://localhost/"),
            "{\"sid\":\"not-a-number\"}".getBytes(StandardCharsets.UTF_8),
            null,
            mapper,
            Redactor.forSecrets(new Params()),
            null,
            null);
    LoginFailure f = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.PROTOCOL_ERROR, f.reason());
    assertEquals("field 'sid' is not an integer", f.message());
  }

  @Test
  void serverMessageEchoingSecretIsRedactedRawAndUrlEncoded() {
    LoginFailure f =
        failure(
            interpret(
                JSON_OP,
                200,
                "{\"Success\":\"0\",\"ErrorCode\":\"4\",\"message\":\"bad password 'pa ss&w0rd' (sent pa+ss%26w0rd)\"}"));
    assertEquals(FailureReason.INVALID_CREDENTIALS, f.reason());
    assertEquals("bad password '***' (sent ***)", f.message());
    assertFalse(f.summary().contains("w0rd"), f.summary());
  }

  @Test
  void challengeMessageEchoingSecretIsRedacted() {
    LoginResult.Challenge<?> c =
        assertInstanceOf(
            LoginResult.Challenge.class,
            interpret(JSON_OP, 200, "{\"field\":\"2fa\",\"message\":\"code for pa%20ss%26w0rd\"}"));
    assertEquals("code for ***", c.details().message());
  }
}
