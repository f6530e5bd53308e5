package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoapDocumentReaderTest {
  /** What PHP's SoapServer answers to api_login: SOAP 1.1, rpc/encoded. */
  static final String PHP_RPC_ENCODED_RESPONSE =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns1=\"urn:myapi\""
          + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
          + " xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\""
          + " SOAP-ENV:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\">"
          + "<SOAP-ENV:Body><ns1:api_loginResponse>"
          + "<return xsi:type=\"xsd:string\">434ee20ee37a5ce6a2ec4b1e6953b86f</return>"
          + "</ns1:api_loginResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>";

  private static Document read(String xml, String... paths) throws MalformedBodyException {
    List<String> all = new ArrayList<>(List.of(paths));
    all.addAll(List.of(SoapDocumentReader.FAULT_PATHS));
    return SoapDocumentReader.read(xml.getBytes(StandardCharsets.UTF_8), PathSet.of(all));
  }

  @Test
  void readsPathsInsideTheResponseElementOfAnRpcEncodedEnvelope() throws Exception {
    Document doc = read(PHP_RPC_ENCODED_RESPONSE, "return");

    assertEquals("434ee20ee37a5ce6a2ec4b1e6953b86f", doc.value("return"));
    assertFalse(doc.isFault());
  }

  @Test
  void anyPrefixAnyNamespaceOrderAndAHeaderToSkip() throws Exception {
    String xml =
        "<s:Envelope xmlns:x=\"urn:other\" xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">\n"
            + "  <s:Header><x:Context><x:return>not this</x:return></x:Context></s:Header>\n"
            + "  <s:Body>\n    <r:loginResponse xmlns:r=\"urn:partner\">\n"
            + "      <r:result><r:sessionId> S-9 </r:sessionId><r:serverUrl>https://eu1.example.com/</r:serverUrl></r:result>\n"
            + "    </r:loginResponse>\n  </s:Body>\n</s:Envelope>";

    Document doc = read(xml, "result/sessionId", "result/serverUrl", "return");

    assertEquals("S-9", doc.value("result/sessionId"));
    assertEquals("https://eu1.example.com/", doc.value("result/serverUrl"));
    assertNull(doc.value("return"));
  }

  @Test
  void soap11FaultSetsLocalFaultCodeAndString() throws Exception {
    String xml =
        "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body>"
            + "<SOAP-ENV:Fault><faultcode>SOAP-ENV:Server</faultcode><faultstring>Invalid Login</faultstring>"
            + "</SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>";

    Document doc = read(xml, "return");

    assertTrue(doc.isFault());
    assertEquals("Server", doc.faultCode());
    assertEquals("Invalid Login", doc.faultString());
    assertNull(doc.value("return"));
  }

  @Test
  void soap12FaultWithTypedDetailExposesTheDetailPath() throws Exception {
    String xml =
        "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body><env:Fault>"
            + "<env:Code><env:Value>env:Sender</env:Value></env:Code>"
            + "<env:Reason><env:Text xml:lang=\"en\">Account locked</env:Text></env:Reason>"
            + "<env:Detail><e:LoginFault xmlns:e=\"urn:x\"><e:code>LOCKED_42</e:code></e:LoginFault></env:Detail>"
            + "</env:Fault></env:Body></env:Envelope>";

    Document doc = read(xml, "Detail/LoginFault/code");

    assertTrue(doc.isFault());
    assertEquals("Sender", doc.faultCode());
    assertEquals("Account locked", doc.faultString());
    assertEquals("LOCKED_42", doc.value("Detail/LoginFault/code"));
  }

  @Test
  void notAnEnvelopeNoBodyAndADtdAreMalformed() {
    assertThrows(
        MalformedBodyException.class,
        () -> read("<response><return>x</return></response>", "return"));
    assertThrows(
        MalformedBodyException.class,
        () ->
            read(
                "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header/></s:Envelope>",
                "return"));
    assertThrows(
        MalformedBodyException.class,
        () ->
            read(
                "<!DOCTYPE s [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><r>&e;</r></s:Body></s:Envelope>",
                "r"));
    assertThrows(
        MalformedBodyException.class,
        () -> read(PHP_RPC_ENCODED_RESPONSE.substring(0, 300), "return"));
  }
}
