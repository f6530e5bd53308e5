package dev.loginkit.samples.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.Okio;

/**
 * Seed 002's {@code POST /apiv2/login}, JSON or multipart. Known users: {@code user@domain.com} /
 * {@code mypassword}, and {@code 2fa@domain.com} / {@code mypassword}, who must also send {@code
 * tfa} {@code 123456}.
 */
final class InterServerEmulator {
  static final String USER = "user@domain.com";
  static final String TWO_FACTOR_USER = "2fa@domain.com";
  static final String PASSWORD = "mypassword";
  static final String TFA_CODE = "123456";

  private static final JsonFactory JSON = new JsonFactory();
  private static final String TYPE = "application/json";

  private InterServerEmulator() {}

  static DemoServer.Reply handle(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      return new DemoServer.Reply(405, TYPE, "{\"message\":\"method not allowed\"}");
    }
    Map<String, String> fields = fields(exchange);
    String login = fields.getOrDefault("login", "");
    if (login.isEmpty()) {
      return new DemoServer.Reply(402, TYPE, "{\"field\":\"login\",\"message\":\"missing login\"}");
    }
    if (!(login.equals(USER) || login.equals(TWO_FACTOR_USER))
        || !PASSWORD.equals(fields.get("passwd"))) {
      return new DemoServer.Reply(
          402, TYPE, "{\"field\":\"passwd\",\"message\":\"Invalid login or password\"}");
    }
    if (login.equals(TWO_FACTOR_USER) && !TFA_CODE.equals(fields.get("tfa"))) {
      return fields.containsKey("tfa")
          ? new DemoServer.Reply(402, TYPE, "{\"field\":\"tfa\",\"message\":\"invalid 2fa code\"}")
          : new DemoServer.Reply(402, TYPE, "{\"field\":\"2fa\",\"message\":\"missing 2fa\"}");
    }
    return new DemoServer.Reply(
        200,
        TYPE,
        "{\"ima\":\"client\",\"gravatar\":\"https://gravatar.com/user/image.png\","
            + "\"sessionId\":\"zzzzzzzzzzzzzz\",\"account_id\":123,\"account_lid\":\""
            + login
            + "\"}");
  }

  /** The top-level string fields of a JSON object or of multipart form data. */
  private static Map<String, String> fields(HttpExchange exchange) throws IOException {
    Map<String, String> fields = new HashMap<>();
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    byte[] body = exchange.getRequestBody().readAllBytes();
    if (type != null && type.startsWith("multipart/form-data")) {
      String boundary = MediaType.get(type).parameter("boundary");
      try (MultipartReader reader = new MultipartReader(new Buffer().write(body), boundary)) {
        MultipartReader.Part part;
        while ((part = reader.nextPart()) != null) {
          String disposition = part.headers().get("Content-Disposition");
          String name = disposition.replaceAll(".*name=\"([^\"]*)\".*", "$1");
          fields.put(name, Okio.buffer(part.body()).readUtf8());
        }
      }
      return fields;
    }
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return fields;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value.isScalarValue()) {
          fields.put(name, parser.getText());
        } else {
          parser.skipChildren();
        }
      }
    }
    return fields;
  }
}
