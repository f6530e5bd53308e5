package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginProtocolException;
import dev.loginkit.SecretValue;
import dev.loginkit.annotations.FailureReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  private static LoginProtocolException refused(Executable call) {
    return assertThrows(LoginProtocolException.class, call);
  }

  private static void assertNamesFieldNotValue(
      LoginProtocolException e, String field, String value) {
    assertEquals(FailureReason.PROTOCOL_ERROR, e.reason());
    assertTrue(e.getMessage().contains("'" + field + "'"), e.getMessage());
    assertFalse(e.getMessage().contains(value), e.getMessage());
    assertFalse(e.failure().message().contains(value), e.failure().message());
  }

  @Test
  void parsesInts() {
    assertEquals(42, Values.asInt("42", "n"));
    assertEquals(-7, Values.asInt(" -7 ", "n"));
    assertEquals(Integer.MAX_VALUE, Values.asInt("2147483647", "n"));
    assertEquals(Integer.MIN_VALUE, Values.asInt("-2147483648", "n"));
    assertEquals(Integer.valueOf(5), Values.asInteger("5", "n"));
  }

  @Test
  void outOfRangeIntIsRefusedNamingFieldNotValue() {
    LoginProtocolException e = refused(() -> Values.asInt("2147483648", "userCount"));
    assertNamesFieldNotValue(e, "userCount", "2147483648");
    assertEquals("field 'userCount' is not an int", e.failure().message());
  }

  @Test
  void outOfRangeBoxedIntegerIsRefused() {
    assertNamesFieldNotValue(
        refused(() -> Values.asInteger("-2147483649", "n")), "n", "2147483649");
  }

  @Test
  void nonNumericIntIsRefusedNamingFieldNotValue() {
    LoginProtocolException e = refused(() -> Values.asInt("s3cr3t-token", "expires"));
    assertNamesFieldNotValue(e, "expires", "s3cr3t-token");
    assertEquals("field 'expires' is not an integer", e.failure().message());
  }

  @Test
  void parsesLongs() {
    assertEquals(5_000_000_000L, Values.asLong("5000000000", "t"));
    assertEquals(Long.valueOf(-1L), Values.asLongObject("-1", "t"));
  }

  @Test
  void nonNumericLongIsRefused() {
    assertNamesFieldNotValue(
        refused(() -> Values.asLong("12abc", "expiresAt")), "expiresAt", "12abc");
  }

  @Test
  void longOverflowIsRefused() {
    assertNamesFieldNotValue(
        refused(() -> Values.asLong("9223372036854775808", "t")), "t", "9223372036854775808");
  }

  @Test
  void parsesDoubles() {
    assertEquals(1.5, Values.asDouble("1.5", "d"));
    assertEquals(Double.valueOf(-2.0), Values.asDoubleObject("-2", "d"));
    assertNamesFieldNotValue(refused(() -> Values.asDouble("one", "ratio")), "ratio", "one");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "true", "TRUE", "yes", "Yes", " true "})
  void truthyBooleans(String text) {
    assertTrue(Values.asBoolean(text, "b"));
    assertEquals(Boolean.TRUE, Values.asBooleanObject(text, "b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "false", "FALSE", "no", "NO", " no "})
  void falsyBooleans(String text) {
    assertFalse(Values.asBoolean(text, "b"));
    assertEquals(Boolean.FALSE, Values.asBooleanObject(text, "b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "y", "on", "", "truthy"})
  void otherBooleansAreRefused(String text) {
    LoginProtocolException e = refused(() -> Values.asBoolean(text, "enabled"));
    assertEquals("field 'enabled' is not a boolean", e.failure().message());
  }

  @Test
  void nullPassesThroughForBoxedTypes() {
    assertNull(Values.asInteger(null, "f"));
    assertNull(Values.asLongObject(null, "f"));
    assertNull(Values.asDoubleObject(null, "f"));
    assertNull(Values.asBooleanObject(null, "f"));
    assertNull(Values.asSecretValue(null));
    assertNull(Values.asSecret(null));
  }

  @Test
  void nullIsZeroOrFalseForPrimitives() {
    assertEquals(0, Values.asInt(null, "f"));
    assertEquals(0L, Values.asLong(null, "f"));
    assertEquals(0.0, Values.asDouble(null, "f"));
    assertFalse(Values.asBoolean(null, "f"));
  }

  @Test
  void secretWrapsValue() {
    SecretValue secret = Values.asSecretValue("enc-pw");
    assertEquals("enc-pw", secret.reveal());
    assertEquals("***", secret.toString());
  }

  @Test
  @SuppressWarnings("deprecation")
  void theFormerSecretTypeStillWrapsValue() {
    dev.loginkit.Secret secret = Values.asSecret("enc-pw");
    assertEquals("enc-pw", secret.reveal());
    assertEquals("***", secret.toString());
  }
}
