package dev.loginkit.internal;

import dev.loginkit.LoginFailure;
import dev.loginkit.LoginProtocolException;
import dev.loginkit.Secret;
import dev.loginkit.SecretValue;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.ValueEncoding;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Converts response text to session field types. A {@code null} text (an absent optional value)
 * gives {@code null}, {@code 0} or {@code false}; a malformed one is a protocol error naming the
 * field, never quoting its value.
 */
public final class Values {
  private Values() {}

  /**
   * {@return {@code text} as the deprecated {@link Secret}, or {@code null}}
   *
   * @param text the wire text
   */
  @SuppressWarnings("deprecation") // for session records that still declare the former name
  public static Secret asSecret(String text) {
    return text == null ? null : Secret.of(text);
  }

  /**
   * {@return {@code text} as a {@link SecretValue}, or {@code null}}
   *
   * @param text the wire text
   */
  public static SecretValue asSecretValue(String text) {
    return text == null ? null : SecretValue.of(text);
  }

  /** {@code text} as an {@code int}. */
  public static int asInt(String text, String field) {
    if (text == null) {
      return 0;
    }
    long value = parseLong(text, field);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw malformed(field, "an int");
    }
    return (int) value;
  }

  /** {@code text} as an {@code Integer}. */
  public static Integer asInteger(String text, String field) {
    return text == null ? null : asInt(text, field);
  }

  /** {@code text} as a {@code long}. */
  public static long asLong(String text, String field) {
    return text == null ? 0L : parseLong(text, field);
  }

  /** {@code text} as a {@code Long}. */
  public static Long asLongObject(String text, String field) {
    return text == null ? null : parseLong(text, field);
  }

  private static long parseLong(String text, String field) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw malformed(field, "an integer");
    }
  }

  /** {@code text} as a {@code double}. */
  public static double asDouble(String text, String field) {
    return text == null ? 0.0 : parseDouble(text, field);
  }

  /** {@code text} as a {@code Double}. */
  public static Double asDoubleObject(String text, String field) {
    return text == null ? null : parseDouble(text, field);
  }

  private static double parseDouble(String text, String field) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw malformed(field, "a number");
    }
  }

  /** {@code text} as a {@code boolean}: {@code true/1/yes} or {@code false/0/no}, any case. */
  public static boolean asBoolean(String text, String field) {
    Boolean value = asBooleanObject(text, field);
    return value != null && value;
  }

  /** {@code text} as a {@code Boolean}. */
  public static Boolean asBooleanObject(String text, String field) {
    if (text == null) {
      return null;
    }
    switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true":
      case "1":
      case "yes":
        return Boolean.TRUE;
      case "false":
      case "0":
      case "no":
        return Boolean.FALSE;
      default:
        throw malformed(field, "a boolean");
    }
  }

  /**
   * {@code text} as an {@code Instant}: ISO 8601 with or without separators (XML-RPC's {@code
   * 20261122T06:43:40}), with an offset or {@code Z}, or without one (read as UTC).
   */
  public static java.time.Instant asInstant(String text, String field) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    if (t.length() >= 8
        && Character.isDigit(t.charAt(4))) { // 20261122T06:43:40 → 2026-11-22T06:43:40
      t = t.substring(0, 4) + "-" + t.substring(4, 6) + "-" + t.substring(6);
    }
    try {
      return java.time.OffsetDateTime.parse(t).toInstant();
    } catch (java.time.format.DateTimeParseException withoutOffset) {
      try {
        return java.time.LocalDateTime.parse(t).toInstant(java.time.ZoneOffset.UTC);
      } catch (java.time.format.DateTimeParseException e) {
        throw malformed(field, "a timestamp");
      }
    }
  }

  private static LoginProtocolException malformed(String field, String expected) {
    return new LoginProtocolException(
        LoginFailure.of(
            FailureReason.PROTOCOL_ERROR, "field '" + field + "' is not " + expected, 0));
  }

  /**
   * {@code text} encoded as a {@code @Composed} value declares: as it is, Base64 or lower-case hex
   * of its UTF-8 bytes.
   */
  static String encode(ValueEncoding encoding, String text) {
    // if/else, not a switch: an enum switch costs the jar a synthetic class
    if (encoding == ValueEncoding.BASE64) {
      return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
    if (encoding == ValueEncoding.HEX) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      StringBuilder hex = new StringBuilder(bytes.length * 2);
      for (byte b : bytes) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    }
    return text;
  }
}
