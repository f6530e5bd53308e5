package dev.loginkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation") // the former name of SecretValue, still accepted
class SecretTest {

  record Session(String id, Secret password) {}

  @Test
  void toStringIsMasked() {
    assertEquals("***", Secret.of("hunter2").toString());
  }

  @Test
  void recordHoldingSecretDoesNotPrintIt() {
    String text = new Session("s-1", Secret.of("hunter2")).toString();
    assertEquals("Session[id=s-1, password=***]", text);
    assertFalse(text.contains("hunter2"));
  }

  @Test
  void revealReturnsTheValue() {
    assertEquals("hunter2", Secret.of("hunter2").reveal());
  }

  @Test
  void equalsComparesValues() {
    assertEquals(Secret.of("hunter2"), Secret.of("hunter2"));
    assertNotEquals(Secret.of("hunter2"), Secret.of("hunter3"));
    assertNotEquals(Secret.of("hunter2"), Secret.of("hunter22"));
    assertNotEquals(Secret.of("hunter2"), "hunter2");
    assertNotEquals(Secret.of("hunter2"), null);
  }

  @Test
  void equalSecretsHaveEqualHashCodes() {
    assertEquals(Secret.of("ü-pass").hashCode(), Secret.of("ü-pass").hashCode());
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> Secret.of(null));
  }
}
