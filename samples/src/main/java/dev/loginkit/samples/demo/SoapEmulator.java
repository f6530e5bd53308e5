package dev.loginkit.samples.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seed 000's {@code api_login} as PHP's SoapServer answers it: SOAP 1.1 rpc/encoded, a fault with
 * HTTP 500 on failure. Known user {@code user@domain.com} / {@code mypassword}.
 */
final class SoapEmulator {
  static final String USER = "user@domain.com";
  static final String PASSWORD = "mypassword";
  static final String SESSION = "434ee20ee37a5ce6a2ec4b1e6953b86f";

  private static final String TYPE = "text/xml; charset=utf-8";
  private static final String ENVELOPE_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns1=\"urn:myapi\""
          + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
          + " xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\""
          + " SOAP-ENV:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><SOAP-ENV:Body>";
  private static final String ENVELOPE_END = "</SOAP-ENV:Body></SOAP-ENV:Envelope>\n";

  private SoapEmulator() {}

  static DemoServer.Reply handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!body.contains("api_login")) {
      return fault("Client", "Procedure not present");
    }
    if (!USER.equals(part(body, "username")) || !PASSWORD.equals(part(body, "password"))) {
      return fault("Server", "Invalid Login");
    }
    return new DemoServer.Reply(
        200,
        TYPE,
        ENVELOPE_START
            + "<ns1:api_loginResponse><return xsi:type=\"xsd:string\">"
            + SESSION
            + "</return></ns1:api_loginResponse>"
            + ENVELOPE_END);
  }

  private static DemoServer.Reply fault(String code, String message) {
    return new DemoServer.Reply(
        500,
        TYPE,
        ENVELOPE_START
            + "<SOAP-ENV:Fault><faultcode>SOAP-ENV:"
            + code
            + "</faultcode><faultstring>"
            + message
            + "</faultstring></SOAP-ENV:Fault>"
            + ENVELOPE_END);
  }

  /**
   * The text of the first {@code <name …>text</name>}, unescaped for the few entities a client
   * writes.
   */
  private static String part(String body, String name) {
    Matcher m = Pattern.compile("<" + name + "(?:\\s[^>]*)?>([^<]*)</" + name + ">").matcher(body);
    if (!m.find()) {
      return null;
    }
    return m.group(1)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
