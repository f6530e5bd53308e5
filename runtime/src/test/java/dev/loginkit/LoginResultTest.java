package dev.loginkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.annotations.FailureReason;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoginResultTest {

  private static LoginFailure failure(FailureReason reason) {
    return new LoginFailure(reason, "4", "Incorrect login", "login", 200, Map.of());
  }

  @Test
  void successOrThrowReturnsSession() {
    assertEquals("session", new LoginResult.Success<>("session").orThrow());
  }

  @Test
  void successRefusesNullSession() {
    assertThrows(NullPointerException.class, () -> new LoginResult.Success<>(null));
  }

  @Test
  void protocolErrorThrowsLoginProtocolException() {
    LoginFailure f = failure(FailureReason.PROTOCOL_ERROR);
    LoginProtocolException e =
        assertThrows(
            LoginProtocolException.class, () -> new LoginResult.Failure<String>(f).orThrow());
    assertSame(f, e.failure());
    assertEquals(FailureReason.PROTOCOL_ERROR, e.reason());
    assertEquals(f.summary(), e.getMessage());
  }

  @Test
  void transportErrorThrowsLoginTransportExceptionWithCause() {
    IOException cause = new IOException("connection reset");
    LoginFailure f =
        new LoginFailure(
            FailureReason.TRANSPORT_ERROR,
            null,
            "reset",
            null,
            0,
            Map.of("mayHaveBeenProcessed", "true"));
    LoginTransportException e =
        assertThrows(
            LoginTransportException.class,
            () -> new LoginResult.Failure<String>(f, cause).orThrow());
    assertSame(cause, e.getCause());
    assertEquals(FailureReason.TRANSPORT_ERROR, e.reason());
    assertTrue(e.mayHaveBeenProcessed());
  }

  @Test
  void transportErrorNotSentReportsNotProcessed() {
    LoginFailure f =
        new LoginFailure(
            FailureReason.TRANSPORT_ERROR,
            null,
            "refused",
            null,
            0,
            Map.of("mayHaveBeenProcessed", "false"));
    LoginTransportException e =
        assertThrows(
            LoginTransportException.class, () -> new LoginResult.Failure<String>(f).orThrow());
    assertFalse(e.mayHaveBeenProcessed());
  }

  @Test
  void transportErrorWithoutDetailsMayHaveBeenProcessed() {
    LoginTransportException e =
        new LoginTransportException(
            LoginFailure.of(FailureReason.TRANSPORT_ERROR, "timeout", 0), null);
    assertTrue(e.mayHaveBeenProcessed());
  }

  @Test
  void invalidCredentialsThrowsLoginRejectedException() {
    LoginFailure f = failure(FailureReason.INVALID_CREDENTIALS);
    LoginRejectedException e =
        assertThrows(
            LoginRejectedException.class, () -> new LoginResult.Failure<String>(f).orThrow());
    assertSame(f, e.failure());
    assertEquals(FailureReason.INVALID_CREDENTIALS, e.reason());
    assertEquals(
        "INVALID_CREDENTIALS (HTTP 200, code 4, field login): Incorrect login", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(
      value = FailureReason.class,
      names = {"PROTOCOL_ERROR", "TRANSPORT_ERROR"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyOtherReasonThrowsLoginRejectedException(FailureReason reason) {
    LoginRejectedException e =
        assertThrows(
            LoginRejectedException.class,
            () -> new LoginResult.Failure<String>(failure(reason)).orThrow());
    assertEquals(reason, e.reason());
  }

  @Test
  void challengeOrThrowThrowsLoginChallengeException() {
    LoginFailure details =
        new LoginFailure(FailureReason.TWO_FACTOR_REQUIRED, null, "missing 2fa", "2fa", 402, null);
    LoginResult.Challenge<String> challenge = new LoginResult.Challenge<>(details);
    assertEquals(FailureReason.TWO_FACTOR_REQUIRED, challenge.reason());
    LoginChallengeException e = assertThrows(LoginChallengeException.class, challenge::orThrow);
    assertSame(details, e.failure());
    assertEquals(FailureReason.TWO_FACTOR_REQUIRED, e.reason());
    assertEquals("TWO_FACTOR_REQUIRED (HTTP 402, field 2fa): missing 2fa", e.getMessage());
  }

  @Test
  void failureReasonShorthand() {
    assertEquals(
        FailureReason.RATE_LIMITED,
        new LoginResult.Failure<String>(failure(FailureReason.RATE_LIMITED)).reason());
  }

  @Test
  void failureAndChallengeRefuseNull() {
    assertThrows(NullPointerException.class, () -> new LoginResult.Failure<String>(null));
    assertThrows(NullPointerException.class, () -> new LoginResult.Challenge<String>(null));
  }
}
