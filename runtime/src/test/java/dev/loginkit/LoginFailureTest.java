package dev.loginkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.loginkit.annotations.FailureReason;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginFailureTest {

  @Test
  void summaryWithEveryPart() {
    LoginFailure f =
        new LoginFailure(
            FailureReason.INVALID_CREDENTIALS, "4", "Incorrect login", "login", 200, Map.of());
    assertEquals(
        "INVALID_CREDENTIALS (HTTP 200, code 4, field login): Incorrect login", f.summary());
  }

  @Test
  void summaryWithReasonOnly() {
    assertEquals(
        "PROTOCOL_ERROR",
        new LoginFailure(FailureReason.PROTOCOL_ERROR, null, null, null, 0, null).summary());
  }

  @Test
  void summaryWithoutStatusStartsWithCode() {
    assertEquals(
        "UNKNOWN (code 99): odd",
        new LoginFailure(FailureReason.UNKNOWN, "99", "odd", null, 0, null).summary());
  }

  @Test
  void summaryWithOnlyField() {
    assertEquals(
        "INVALID_REQUEST (field uid)",
        new LoginFailure(FailureReason.INVALID_REQUEST, null, null, "uid", 0, null).summary());
  }

  @Test
  void summaryWithStatusAndMessage() {
    assertEquals(
        "SERVICE_UNAVAILABLE (HTTP 503): down",
        LoginFailure.of(FailureReason.SERVICE_UNAVAILABLE, "down", 503).summary());
  }

  @Test
  void summaryWithMessageOnly() {
    assertEquals(
        "TRANSPORT_ERROR: ConnectException: refused",
        LoginFailure.of(FailureReason.TRANSPORT_ERROR, "ConnectException: refused", 0).summary());
  }

  @Test
  void ofLeavesCodeFieldAndDetailsEmpty() {
    LoginFailure f = LoginFailure.of(FailureReason.PROTOCOL_ERROR, "m", 200);
    assertEquals(null, f.code());
    assertEquals(null, f.field());
    assertEquals(Map.of(), f.details());
    assertEquals(200, f.httpStatus());
  }

  @Test
  void nullDetailsBecomeEmptyAndDetailsAreCopied() {
    assertEquals(
        Map.of(), new LoginFailure(FailureReason.UNKNOWN, null, null, null, 0, null).details());
    Map<String, String> details = new HashMap<>();
    details.put("ip", "10.0.0.1");
    LoginFailure f = new LoginFailure(FailureReason.ACCESS_DENIED, null, null, null, 403, details);
    details.put("ip", "changed");
    assertEquals(Map.of("ip", "10.0.0.1"), f.details());
    assertThrows(UnsupportedOperationException.class, () -> f.details().put("x", "y"));
  }

  @Test
  void reasonIsRequired() {
    assertThrows(
        NullPointerException.class, () -> new LoginFailure(null, null, null, null, 0, null));
  }
}
