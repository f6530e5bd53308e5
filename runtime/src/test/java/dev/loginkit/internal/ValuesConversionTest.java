package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginProtocolException;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.ValueEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Timestamps as servers write them, and the encodings a composed value declares. */
class ValuesConversionTest {

  @ParameterizedTest
  @CsvSource({
    "2026-11-22T06:43:40Z,          2026-11-22T06:43:40Z",
    "2026-11-22T08:43:40+02:00,     2026-11-22T06:43:40Z",
    "2026-11-22T06:43:40.250Z,      2026-11-22T06:43:40.250Z",
    "2026-11-22T06:43:40,           2026-11-22T06:43:40Z",
    "20261122T06:43:40,             2026-11-22T06:43:40Z",
    "20261122T08:43:40+02:00,       2026-11-22T06:43:40Z",
    "'  2026-11-22T06:43:40Z  ',    2026-11-22T06:43:40Z",
  })
  void timestampsWithOrWithoutSeparatorsAndOffsets(String text, String expected) {
    assertEquals(Instant.parse(expected), Values.asInstant(text, "expires"));
  }

  @Test
  void anAbsentTimestampIsNull() {
    assertNull(Values.asInstant(null, "expires"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2026",
        "tomorrow",
        "2026-13-01T00:00:00Z",
        "20261122",
        "2026-11-22",
        "1234567T",
        "s3cr3t-2026-11-22"
      })
  void anythingElseIsAProtocolErrorNamingTheFieldNotTheValue(String text) {
    LoginProtocolException e =
        assertThrows(LoginProtocolException.class, () -> Values.asInstant(text, "expires"));
    assertEquals(FailureReason.PROTOCOL_ERROR, e.reason());
    assertTrue(e.getMessage().contains("'expires'"), e.getMessage());
    assertTrue(e.getMessage().contains("timestamp"), e.getMessage());
    if (!text.isEmpty()) {
      assertFalse(e.getMessage().contains(text), e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "user:pässword", "a", "ab", "abc", "😀 \u0000 ~"})
  void composedValuesAreEncodedAsDeclared(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    assertEquals(text, Values.encode(ValueEncoding.NONE, text));
    assertEquals(
        Base64.getEncoder().encodeToString(utf8), Values.encode(ValueEncoding.BASE64, text));
    assertEquals(HexFormat.of().formatHex(utf8), Values.encode(ValueEncoding.HEX, text));
  }
}
