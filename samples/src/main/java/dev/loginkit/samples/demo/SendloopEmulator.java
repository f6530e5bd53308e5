package dev.loginkit.samples.demo;

import com.sun.net.httpserver.HttpExchange;

/**
 * Seed 001's {@code Command=User.Login}, answering XML (CDATA values, {@code <subnode_0>}) or JSON
 * as {@code ResponseFormat} asks. Known user {@code acmeuser} / {@code acmepass} with API key
 * {@code 239ce66c239kdb7d52f1216fda4bf3a23id392}.
 */
final class SendloopEmulator {
  static final String USER = "acmeuser";
  static final String PASSWORD = "acmepass";
  static final String API_KEY = "239ce66c239kdb7d52f1216fda4bf3a23id392";

  private SendloopEmulator() {}

  static DemoServer.Reply handle(HttpExchange exchange) {
    java.util.Map<String, String> q = TenTenEmulator.query(exchange.getRequestURI().getRawQuery());
    boolean json = "JSON".equals(q.get("ResponseFormat"));
    if (!"User.Login".equals(q.get("Command"))) {
      return failure(json, 9999, "Invalid API call. Please check the API command and try again.");
    }
    if (q.getOrDefault("Username", "").isEmpty()) {
      return failure(json, 1, "Username is missing");
    }
    if (q.getOrDefault("Password", "").isEmpty()) {
      return failure(json, 2, "Password is missing");
    }
    if (q.getOrDefault("APIKey", "").isEmpty()) {
      return failure(json, 3, "API key is missing");
    }
    if (!USER.equals(q.get("Username"))
        || !PASSWORD.equals(q.get("Password"))
        || !API_KEY.equals(q.get("APIKey"))) {
      return failure(json, 4, "Incorrect username or password. Login failed.");
    }
    if (json) {
      return new DemoServer.Reply(
          200,
          "application/json",
          "{\"Success\":true,\"ErrorCode\":[0],"
              + "\"SessionID\":\"759ekrt4efgolvtnqifboi7b00\",\"UserInfo\":{\"Subdomain\":\"acme\","
              + "\"FirstName\":\"John\",\"LastName\":\"Blair\",\"Email\":\"john@acme.com\",\"APIKey\":\""
              + API_KEY
              + "\",\"Language\":\"en\"}}");
    }
    return new DemoServer.Reply(
        200,
        "text/xml",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<response>\n"
            + "    <Success><![CDATA[1]]></Success>\n    <ErrorCode>\n        <subnode_0><![CDATA[0]]></subnode_0>\n"
            + "    </ErrorCode>\n    <SessionID><![CDATA[759ekrt4efgolvtnqifboi7b00]]></SessionID>\n    <UserInfo>\n"
            + "        <Subdomain><![CDATA[acme]]></Subdomain>\n        <FirstName><![CDATA[John]]></FirstName>\n"
            + "        <LastName><![CDATA[Blair]]></LastName>\n        <Email><![CDATA[john@acme.com]]></Email>\n"
            + "        <APIKey><![CDATA["
            + API_KEY
            + "]]></APIKey>\n        <Language><![CDATA[en]]></Language>\n"
            + "    </UserInfo>\n</response>\n");
  }

  private static DemoServer.Reply failure(boolean json, int code, String message) {
    if (json) {
      return new DemoServer.Reply(
          200,
          "application/json",
          "{\"Success\":false,\"ErrorCode\":[" + code + "],\"ErrorMessage\":\"" + message + "\"}");
    }
    return new DemoServer.Reply(
        200,
        "text/xml",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<response>"
            + "<Success><![CDATA[0]]></Success><ErrorCode><subnode_0><![CDATA["
            + code
            + "]]></subnode_0></ErrorCode>"
            + "<ErrorMessage><![CDATA["
            + message
            + "]]></ErrorMessage></response>\n");
  }
}
