package dev.loginkit;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A credential value that never prints itself. Session records declare secret fields with this type
 * (see {@code @Secret}), so that a session's {@code toString()} — a record's included — shows
 * {@code ***} instead of the value.
 *
 * <pre>{@code
 * record GatewaySession(@Field("sid") String id, @Field("pswd") @Secret Secret encryptedPassword) {}
 *
 * session.encryptedPassword().reveal();   // the value, for the next request
 * session.toString();                     // GatewaySession[id=…, encryptedPassword=***]
 * }</pre>
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * {@return a secret holding {@code value}; {@code null} is refused}
   *
   * @param value the secret value
   */
  public static Secret of(String value) {
    return new Secret(Objects.requireNonNull(value, "value"));
  }

  /** {@return the value itself; keep it out of logs} */
  public String reveal() {
    return value;
  }

  /** Always {@code ***}. */
  @Override
  public String toString() {
    return "***";
  }

  /** Compares values in time independent of where they differ. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Secret that
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return value.length();
  }
}
