package dev.loginkit.samples.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seed 003's XML-RPC {@code login}. Known user {@code user@example.com} / {@code secret-pass};
 * {@code blocked@example.com} logs in from an address that is not allowed; a password under six
 * characters is a field error.
 */
final class ThenticateEmulator {
  static final String USER = "user@example.com";
  static final String BLOCKED_USER = "blocked@example.com";
  static final String PASSWORD = "secret-pass";

  private static final String TYPE = "text/xml";

  private ThenticateEmulator() {}

  static DemoServer.Reply handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!body.contains("<methodName>login</methodName>")) {
      return new DemoServer.Reply(
          200,
          TYPE,
          "<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
              + member("faultCode", "<int>1</int>")
              + member("faultString", "<string>Unknown method</string>")
              + "</struct></value></fault></methodResponse>");
    }
    String user = memberValue(body, "username");
    String password = memberValue(body, "password");
    if (password == null || password.length() < 6) {
      return response(
          member(
                  "errors",
                  "<struct>"
                      + member(
                          "password",
                          "<array><data><value><string>"
                              + "Input must be at least 6 characters. You submitted "
                              + (password == null ? 0 : password.length())
                              + "</string></value></data></array>")
                      + "</struct>")
              + status(500));
    }
    if (BLOCKED_USER.equals(user) && PASSWORD.equals(password)) {
      return response(messages("Access denied from 127.0.0.1") + status(403));
    }
    if (!USER.equals(user) || !PASSWORD.equals(password)) {
      return response(messages("Sorry, failed to log in.") + status(401));
    }
    return response(
        member("sid", "<string>d0a1e2f3b4c5</string>")
            + status(200)
            + member(
                "response_timestamp", "<dateTime.iso8601>20261122T06:43:40Z</dateTime.iso8601>"));
  }

  private static DemoServer.Reply response(String members) {
    return new DemoServer.Reply(
        200,
        TYPE,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse><params><param><value><struct>"
            + members
            + "</struct></value></param></params></methodResponse>\n");
  }

  private static String status(int status) {
    return member("api_status", "<int>" + status + "</int>");
  }

  private static String messages(String message) {
    return member(
        "messages", "<array><data><value><string>" + message + "</string></value></data></array>");
  }

  private static String member(String name, String value) {
    return "<member><name>" + name + "</name><value>" + value + "</value></member>";
  }

  private static String memberValue(String body, String name) {
    Matcher m =
        Pattern.compile("<name>" + name + "</name>\\s*<value>(?:<string>)?([^<]*)").matcher(body);
    return m.find()
        ? m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        : null;
  }
}
