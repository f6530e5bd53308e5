package dev.loginkit.samples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.SecretValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Renders one outcome as the command line's single JSON line: {@code
 * {"api":…,"outcome":…,"reason":…,"code":…,"message":…,"httpStatus":…,"session":{…}}}, with {@link
 * SecretValue} values as {@code "***"}.
 */
public final class OutcomeJson {
  private static final JsonFactory JSON = new JsonFactory();

  private OutcomeJson() {}

  /** The JSON line for {@code result} of {@code api}. */
  public static String render(String api, LoginResult<?> result) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = JSON.createGenerator(out)) {
      gen.writeStartObject();
      gen.writeStringField("api", api);
      if (result instanceof LoginResult.Success<?> success) {
        gen.writeStringField("outcome", "success");
        gen.writeNullField("reason");
        gen.writeNullField("code");
        gen.writeNullField("message");
        gen.writeNullField("httpStatus");
        gen.writeFieldName("session");
        writeValue(gen, success.session());
      } else {
        LoginFailure failure =
            result instanceof LoginResult.Challenge<?> challenge
                ? challenge.details()
                : ((LoginResult.Failure<?>) result).failure();
        gen.writeStringField(
            "outcome", result instanceof LoginResult.Challenge ? "challenge" : "failure");
        gen.writeStringField("reason", failure.reason().name());
        gen.writeStringField("code", failure.code());
        gen.writeStringField("message", failure.message());
        if (failure.httpStatus() == 0) {
          gen.writeNullField("httpStatus");
        } else {
          gen.writeNumberField("httpStatus", failure.httpStatus());
        }
        if (failure.field() != null) {
          gen.writeStringField("field", failure.field());
        }
        if (!failure.details().isEmpty()) {
          gen.writeObjectFieldStart("details");
          for (String key : new java.util.TreeSet<>(failure.details().keySet())) {
            gen.writeStringField(key, failure.details().get(key));
          }
          gen.writeEndObject();
        }
        gen.writeNullField("session");
      }
      gen.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeValue(JsonGenerator gen, Object value) throws IOException {
    if (value == null) {
      gen.writeNull();
    } else if (value instanceof SecretValue) {
      gen.writeString("***");
    } else if (value instanceof Number number) {
      gen.writeNumber(number.toString());
    } else if (value instanceof Boolean bool) {
      gen.writeBoolean(bool);
    } else if (value instanceof Record) {
      gen.writeStartObject();
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        gen.writeFieldName(component.getName());
        writeValue(gen, read(component, value));
      }
      gen.writeEndObject();
    } else {
      gen.writeString(value.toString());
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }
}
