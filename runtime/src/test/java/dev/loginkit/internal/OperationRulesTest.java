package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.loginkit.LoginFailure;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Message rules, field errors and faults, in the documented order, over iThenticate- and
 * SOAP-shaped answers.
 */
class OperationRulesTest {
  private static final Operation ITHENTICATE =
      Operation.post("login", "/rpc", BodyEncoding.XML_RPC, Format.XML_RPC)
          .xmlRpc("login", true)
          .successWhen("sid")
          .failureDetails("api_status", "messages", "")
          .onMessage(FailureReason.INVALID_CREDENTIALS, "Sorry, failed to log in.")
          .onMessageMatching(FailureReason.ACCESS_DENIED, "Access denied from (?<ip>\\S+)")
          .fieldErrors("errors", FailureReason.INVALID_REQUEST)
          .onCode(FailureReason.INVALID_CREDENTIALS, "401")
          .onCode(FailureReason.ACCESS_DENIED, "403")
          .build();

  private static final Operation SOAP =
      Operation.post("api_login", "/api.php", BodyEncoding.SOAP, Format.SOAP)
          .failureDetails("detail/LoginFault/code", "", "")
          .onMessageMatching(FailureReason.INVALID_CREDENTIALS, "(?i)invalid login.*")
          .onCode(FailureReason.ACCOUNT_LOCKED, "LOCKED")
          .reads("return")
          .build();

  private static Verdict classify(Operation op, String xml, String secret)
      throws MalformedBodyException {
    Document doc =
        ResponseInterpreter.decode(op, op.format(), xml.getBytes(StandardCharsets.UTF_8), null);
    return op.classify(200, doc, Redactor.forSecrets(new Params().secret("password", secret)));
  }

  private static String rpc(String members) {
    return XmlRpcDocumentReaderTest.response(members);
  }

  @Test
  void literalMessageRule() throws Exception {
    Verdict v =
        classify(
            ITHENTICATE,
            rpc(
                XmlRpcDocumentReaderTest.member(
                        "messages",
                        "<array><data><value>Sorry, failed to log in.</value></data></array>")
                    + XmlRpcDocumentReaderTest.member("api_status", "<int>401</int>")),
            "pw");

    assertEquals(Verdict.Kind.FAILURE, v.kind);
    assertEquals(FailureReason.INVALID_CREDENTIALS, v.failure.reason());
    assertEquals("401", v.failure.code());
    assertEquals("Sorry, failed to log in.", v.failure.message());
  }

  @Test
  void patternRuleMatchesAnyOfSeveralMessagesAndCapturesNamedGroups() throws Exception {
    Verdict v =
        classify(
            ITHENTICATE,
            rpc(
                XmlRpcDocumentReaderTest.member(
                    "messages",
                    "<array><data><value>Welcome</value><value>Access denied from 10.9.8.7</value></data></array>")),
            "pw");

    assertEquals(FailureReason.ACCESS_DENIED, v.failure.reason());
    assertEquals(Map.of("ip", "10.9.8.7"), v.failure.details());
    assertEquals("Access denied from 10.9.8.7", v.failure.message());
  }

  @Test
  void fieldErrorsNameTheField() throws Exception {
    Verdict v =
        classify(
            ITHENTICATE,
            rpc(
                XmlRpcDocumentReaderTest.member(
                        "errors",
                        "<struct>"
                            + XmlRpcDocumentReaderTest.member(
                                "password",
                                "<array><data><value>Input must be at least 6 characters. You submitted 3</value></data></array>")
                            + "</struct>")
                    + XmlRpcDocumentReaderTest.member("api_status", "<int>500</int>")),
            "pw");

    assertEquals(FailureReason.INVALID_REQUEST, v.failure.reason());
    assertEquals("password", v.failure.field());
    assertEquals("Input must be at least 6 characters. You submitted 3", v.failure.message());
    assertEquals("500", v.failure.code());
  }

  @Test
  void statusCodeInTheBodyDecidesWhenNothingMoreSpecificMatched() throws Exception {
    Verdict v =
        classify(
            ITHENTICATE,
            rpc(XmlRpcDocumentReaderTest.member("api_status", "<int>403</int>")),
            "pw");

    assertEquals(FailureReason.ACCESS_DENIED, v.failure.reason());
    assertNull(v.failure.message());
  }

  @Test
  void soapFaultIsAFailureBeforeAnythingElseAndItsMessageIsScrubbed() throws Exception {
    String xml =
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
            + "<faultcode>s:Server</faultcode><faultstring>Invalid login for password hunter2</faultstring>"
            + "</s:Fault></s:Body></s:Envelope>";

    LoginFailure f = classify(SOAP, xml, "hunter2").failure;

    assertEquals(FailureReason.INVALID_CREDENTIALS, f.reason());
    assertEquals("Server", f.code());
    assertEquals("Invalid login for password ***", f.message());
  }

  @Test
  void soapFaultDetailCodeFeedsTheCodeTableAndClientFaultsDefaultToInvalidRequest()
      throws Exception {
    String locked =
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
            + "<faultcode>s:Client</faultcode><faultstring>Nope</faultstring>"
            + "<detail><LoginFault><code>LOCKED</code></LoginFault></detail></s:Fault></s:Body></s:Envelope>";
    String client =
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
            + "<faultcode>s:Client</faultcode><faultstring>Missing part</faultstring></s:Fault></s:Body></s:Envelope>";

    assertEquals(FailureReason.ACCOUNT_LOCKED, classify(SOAP, locked, "pw").failure.reason());
    assertEquals("LOCKED", classify(SOAP, locked, "pw").failure.code());
    assertEquals(FailureReason.INVALID_REQUEST, classify(SOAP, client, "pw").failure.reason());
  }

  @Test
  void soapSuccess() throws Exception {
    assertEquals(
        Verdict.Kind.SUCCESS,
        classify(SOAP, SoapDocumentReaderTest.PHP_RPC_ENCODED_RESPONSE, "pw").kind);
  }
}
