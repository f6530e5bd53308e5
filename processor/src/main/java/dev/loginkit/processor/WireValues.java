package dev.loginkit.processor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.loginkit.annotations.WireType;
import dev.loginkit.processor.model.ValueKind;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compile-time rules of typed wire values: whether a declared constant or default is what its
 * type says, and how a name like {@code params[2]} places a value in a positional JSON array.
 */
final class WireValues {
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Pattern ELEMENT = Pattern.compile("(.+)\\[(0|[1-9][0-9]{0,3})]");
  private static final JsonFactory JSON = new JsonFactory();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

  /** The one run-time value a header constant can name: the origin the call goes to. */
  static final String ORIGIN = "origin";

  private WireValues() {}

  /** Whether {@code value} is a valid constant of {@code type}. */
  static boolean isValid(WireType type, String value) {
    switch (type) {
      case NUMBER:
        return JSON_NUMBER.matcher(value).matches();
      case BOOLEAN:
        return value.equals("true") || value.equals("false");
      case NULL:
        return value.isEmpty() || value.equals("null");
      case JSON:
        return isJson(value);
      default:
        return true;
    }
  }

  /** Whether only a JSON body can carry a value of {@code type}. */
  static boolean needsJsonBody(WireType type) {
    return type == WireType.NULL || type == WireType.JSON;
  }

  /** Whether {@code value} is a valid {@code @Default} for a parameter of {@code kind}. */
  static boolean isValidDefault(ValueKind kind, String value) {
    switch (kind) {
      case BOXED_INT:
        return fits(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case BOXED_LONG:
        return fits(value, Long.MIN_VALUE, Long.MAX_VALUE);
      case BOXED_BOOLEAN:
        return value.equals("true") || value.equals("false");
      case BOXED_DOUBLE:
        return JSON_NUMBER.matcher(value).matches();
      default:
        return true;
    }
  }

  /** The wire type a {@code @Default} of a parameter of {@code kind} is, for messages. */
  static String typeName(ValueKind kind) {
    switch (kind) {
      case BOXED_INT:
        return "int";
      case BOXED_LONG:
        return "long";
      case BOXED_BOOLEAN:
        return "boolean (true or false)";
      default:
        return "number";
    }
  }

  private static boolean fits(String value, long min, long max) {
    if (!INTEGER.matcher(value).matches() || value.length() > 20) {
      return false;
    }
    try {
      long n = Long.parseLong(value);
      return n >= min && n <= max;
    } catch (NumberFormatException tooLarge) {
      return false;
    }
  }

  private static boolean isJson(String value) {
    try (JsonParser parser = JSON.createParser(value)) {
      if (parser.nextToken() == null) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  /** The first placeholder of {@code value} other than {@code {origin}}, or {@code null}. */
  static String unknownPlaceholder(String value) {
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      if (!m.group(1).equals(ORIGIN)) {
        return m.group(1);
      }
    }
    return null;
  }

  /** Whether {@code value} names the call's origin. */
  static boolean namesOrigin(String value) {
    return value.contains("{" + ORIGIN + "}");
  }

  /** A wire name {@code base[i]}: the array's name and the element's index, or {@code null}. */
  static Element element(String wireName) {
    Matcher m = ELEMENT.matcher(wireName);
    return m.matches() ? new Element(m.group(1), Integer.parseInt(m.group(2))) : null;
  }

  /** One element of a positional JSON array. */
  record Element(String array, int index) {}
}
