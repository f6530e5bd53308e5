package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loginkit.annotations.In;
import dev.loginkit.annotations.SoapVersion;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlBodiesTest {
  private static final String DECL = "<?xml version='1.0' encoding='UTF-8'?>";

  @Test
  void rpcEncodedEnvelopeAsPhpSoapClientSendsIt() {
    SoapSpec spec = new SoapSpec(SoapVersion.V1_1, "urn:myapi", "api_login", "", true, true);
    Params params = new Params().param("username", "me@example.com").secret("password", "p<&>ss");

    String xml = new String(XmlBodies.soap(spec, params), StandardCharsets.UTF_8);

    assertEquals(
        DECL
            + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns1=\"urn:myapi\""
            + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\">"
            + "<SOAP-ENV:Body><ns1:api_login SOAP-ENV:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\">"
            + "<username xsi:type=\"xsd:string\">me@example.com</username>"
            + "<password xsi:type=\"xsd:string\">p&lt;&amp;>ss</password>"
            + "</ns1:api_login></SOAP-ENV:Body></SOAP-ENV:Envelope>",
        xml);
  }

  @Test
  void documentLiteralSoap12WithAHeaderAndNestedElements() {
    SoapSpec spec =
        new SoapSpec(SoapVersion.V1_2, "urn:partner", "login", "urn:login", false, false);
    Params params =
        new Params()
            .param("CallOptions", new Params().param("client", "acme"), In.SOAP_HEADER)
            .param("username", "u")
            .param("remember", Boolean.TRUE);

    String xml = new String(XmlBodies.soap(spec, params), StandardCharsets.UTF_8);

    assertEquals(
        DECL
            + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:ns1=\"urn:partner\">"
            + "<SOAP-ENV:Header><ns1:CallOptions><ns1:client>acme</ns1:client></ns1:CallOptions></SOAP-ENV:Header>"
            + "<SOAP-ENV:Body><ns1:login><ns1:username>u</ns1:username><ns1:remember>true</ns1:remember></ns1:login>"
            + "</SOAP-ENV:Body></SOAP-ENV:Envelope>",
        xml);
  }

  @Test
  void xmlRpcStructCallAsIThenticateExpectsIt() {
    Params params =
        new Params()
            .param("username", "a@b.c")
            .secret("password", "pw")
            .param("n", 3)
            .param("b", false);

    String xml = new String(XmlBodies.xmlRpc("login", true, params), StandardCharsets.UTF_8);

    assertEquals(
        DECL
            + "<methodCall><methodName>login</methodName><params><param><value><struct>"
            + "<member><name>username</name><value><string>a@b.c</string></value></member>"
            + "<member><name>password</name><value><string>pw</string></value></member>"
            + "<member><name>n</name><value><int>3</int></value></member>"
            + "<member><name>b</name><value><boolean>0</boolean></value></member>"
            + "</struct></value></param></params></methodCall>",
        xml);
  }

  @Test
  void xmlRpcPositionalParams() {
    String xml =
        new String(
            XmlBodies.xmlRpc("auth", false, new Params().param("u", "x").param("p", "y")),
            StandardCharsets.UTF_8);

    assertEquals(
        DECL
            + "<methodCall><methodName>auth</methodName><params>"
            + "<param><value><string>x</string></value></param><param><value><string>y</string></value></param>"
            + "</params></methodCall>",
        xml);
  }
}
