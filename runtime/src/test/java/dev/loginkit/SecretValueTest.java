package dev.loginkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SecretValueTest {

  record Session(String id, SecretValue password) {}

  @Test
  void toStringIsMasked() {
    assertEquals("***", SecretValue.of("hunter2").toString());
  }

  @Test
  void recordHoldingSecretDoesNotPrintIt() {
    String text = new Session("s-1", SecretValue.of("hunter2")).toString();
    assertEquals("Session[id=s-1, password=***]", text);
    assertFalse(text.contains("hunter2"));
  }

  @Test
  void revealReturnsTheValue() {
    assertEquals("hunter2", SecretValue.of("hunter2").reveal());
  }

  @Test
  void equalsComparesValues() {
    assertEquals(SecretValue.of("hunter2"), SecretValue.of("hunter2"));
    assertNotEquals(SecretValue.of("hunter2"), SecretValue.of("hunter3"));
    assertNotEquals(SecretValue.of("hunter2"), SecretValue.of("hunter22"));
    assertNotEquals(SecretValue.of("hunter2"), "hunter2");
    assertNotEquals(SecretValue.of("hunter2"), null);
  }

  @Test
  void equalSecretsHaveEqualHashCodes() {
    assertEquals(SecretValue.of("ü-pass").hashCode(), SecretValue.of("ü-pass").hashCode());
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> SecretValue.of(null));
  }
}
