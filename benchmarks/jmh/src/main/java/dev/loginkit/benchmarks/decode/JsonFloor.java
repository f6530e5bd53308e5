package dev.loginkit.benchmarks.decode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.loginkit.benchmarks.Outcomes;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The floor: what a careful developer writes by hand with jackson-core for exactly these bodies —
 * one streaming pass, a {@code switch} on field names, {@code skipChildren()} for the rest.
 */
public final class JsonFloor {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonFloor() {}

  public static Object flat(int status, byte[] body) {
    String st = null,
        sessionId = null,
        lid = null,
        ima = null,
        code = null,
        message = null,
        field = null;
    long accountId = 0;
    try (JsonParser p = FACTORY.createParser(body)) {
      expect(p.nextToken() == JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        switch (name) {
          case "status" -> st = p.getText();
          case "sessionId" -> sessionId = p.getText();
          case "account_id" -> accountId = p.getLongValue();
          case "account_lid" -> lid = p.getText();
          case "ima" -> ima = p.getText();
          case "error" -> {
            expect(t == JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String inner = p.currentName();
              p.nextToken();
              switch (inner) {
                case "code" -> code = p.getText();
                case "message" -> message = p.getText();
                case "field" -> field = p.getText();
                default -> p.skipChildren();
              }
            }
          }
          default -> p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Outcomes.flat(status, st, sessionId, accountId, lid, ima, code, message, field);
  }

  public static Object nested(int status, byte[] body) {
    String sessionId = null, expires = null, login = null, name = null, code = null, message = null;
    long userId = 0;
    try (JsonParser p = FACTORY.createParser(body)) {
      expect(p.nextToken() == JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String top = p.currentName();
        p.nextToken();
        if (top.equals("result")) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String part = p.currentName();
            p.nextToken();
            if (part.equals("session")) {
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                  case "id" -> sessionId = p.getText();
                  case "expires" -> expires = p.getText();
                  default -> p.skipChildren();
                }
              }
            } else if (part.equals("user")) {
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                  case "id" -> userId = p.getLongValue();
                  case "login" -> login = p.getText();
                  case "profile" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                      String g = p.currentName();
                      p.nextToken();
                      if (g.equals("name")) {
                        name = p.getText();
                      } else {
                        p.skipChildren();
                      }
                    }
                  }
                  default -> p.skipChildren();
                }
              }
            } else {
              p.skipChildren();
            }
          }
        } else if (top.equals("error")) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
              case "code" -> code = p.getText();
              case "message" -> message = p.getText();
              default -> p.skipChildren();
            }
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Outcomes.nested(status, sessionId, expires, userId, login, name, code, message);
  }

  private static void expect(boolean condition) throws IOException {
    if (!condition) {
      throw new IOException("unexpected JSON shape");
    }
  }
}
