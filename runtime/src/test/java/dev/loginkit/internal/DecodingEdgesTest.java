package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where decoding ends: a body is read to its end (nothing may follow the document), an element that
 * is present but empty is one of the expected fields, element text is bounded exactly, a fault
 * code's prefix is dropped whatever it is, and a body that does not parse says where.
 */
class DecodingEdgesTest {
  private static final SessionMapper<String> MAPPER = reply -> reply.get(From.BODY, "sid", true);

  private static LoginResult<String> interpret(Format format, int status, String body) {
    Operation op =
        Operation.post("login", "/login", BodyEncoding.FORM, format)
            .successWhen("sid")
            .failureDetails("code", "message", "")
            .reads("sid")
            .build();
    return ResponseInterpreter.interpret(
        op,
        format,
        status,
        Headers.of(),
        HttpUrl.get("http://127.0.0.1/login"),
        body.getBytes(StandardCharsets.UTF_8),
        null,
        MAPPER,
        Redactor.forSecrets(new Params()),
        null,
        null);
  }

  private static LoginFailure failure(Format format, int status, String body) {
    return assertInstanceOf(LoginResult.Failure.class, interpret(format, status, body), body)
        .failure();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "XML     | <out><sid>s</sid></out><out/>",
        "XML     | <out><sid>s</sid></out>garbage",
        "SOAP    | <S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body><r><sid>s</sid></r></S:Body></S:Envelope><x/>",
        "XML_RPC | <methodResponse><params><param><value><struct><member><name>sid</name><value>s</value></member></struct></value></param></params></methodResponse><x/>",
        "JSON    | {\"sid\":\"s\"} {\"sid\":\"t\"}",
        "JSON    | {\"sid\":\"s\"}]",
      })
  void nothingMayFollowTheDocument(Format format, String body) {
    LoginFailure failure = failure(format, 200, body);
    assertEquals(FailureReason.PROTOCOL_ERROR, failure.reason());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "XML     | <out><sid/></out>",
        "XML     | <out><sid></sid></out>",
        "XML     | <out><sid><x/></sid></out>",
        "XML_RPC | <methodResponse><params><param><value><struct><member><name>sid</name><value><struct/></value></member></struct></value></param></params></methodResponse>",
      })
  void aPresentButEmptyFieldIsAnAnswerNotAProtocolError(Format format, String body) {
    assertEquals(FailureReason.UNKNOWN, failure(format, 200, body).reason());
  }

  @ParameterizedTest
  @EnumSource(
      value = Format.class,
      names = {"XML", "SOAP", "XML_RPC"})
  void elementTextIsBoundedExactly(Format format) {
    int max = XmlDocumentReader.MAX_TEXT;
    String fits = "s".repeat(max);
    assertEquals(
        fits,
        assertInstanceOf(LoginResult.Success.class, interpret(format, 200, wrap(format, fits)))
            .session());
    assertEquals(
        FailureReason.PROTOCOL_ERROR, failure(format, 200, wrap(format, fits + "s")).reason());
  }

  private static String wrap(Format format, String sid) {
    return switch (format) {
      case SOAP ->
          "<S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body><r><sid>"
              + sid
              + "</sid></r></S:Body></S:Envelope>";
      case XML_RPC ->
          "<methodResponse><params><param><value><struct><member><name>sid</name><value><string>"
              + sid
              + "</string></value></member></struct></value></param></params></methodResponse>";
      default -> "<out><sid>" + sid + "</sid></out>";
    };
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "S:Client | INVALID_REQUEST",
        ":Client | INVALID_REQUEST",
        "Client | INVALID_REQUEST",
        "a:b:Server | UNKNOWN",
        "S:Sender | INVALID_REQUEST"
      })
  void aFaultCodesPrefixIsDropped(String code, FailureReason reason) {
    LoginFailure failure =
        failure(
            Format.SOAP,
            500,
            "<S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body><S:Fault><faultcode>"
                + code
                + "</faultcode><faultstring>no</faultstring></S:Fault></S:Body></S:Envelope>");
    assertEquals(reason, failure.reason());
  }

  @Test
  void aBodyThatDoesNotParseSaysWhere() {
    String xml = failure(Format.XML, 200, "<out>\n  <sid>s</sid\n</out>").message();
    assertTrue(xml.matches("(?s)malformed XML at line \\d+, column \\d+;.*"), xml);
    String soap =
        failure(
                Format.SOAP,
                200,
                "<S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body><")
            .message();
    assertTrue(soap.matches("(?s)malformed SOAP envelope at line \\d+, column \\d+;.*"), soap);
    String rpc =
        failure(Format.XML_RPC, 200, "<methodResponse><params><</methodResponse>").message();
    assertTrue(rpc.matches("(?s)malformed XML-RPC response at line \\d+, column \\d+;.*"), rpc);
    String json = failure(Format.JSON, 200, "{\"sid\": nope}").message();
    assertTrue(json.startsWith("malformed JSON at offset 8;"), json);
    String first = failure(Format.JSON, 200, "}").message();
    assertTrue(first.startsWith("malformed JSON at offset 0;"), first);
  }
}
