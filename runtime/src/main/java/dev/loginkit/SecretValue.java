package dev.loginkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential value that never prints itself. Session records declare secret fields with this
 * type, so that a session's {@code toString()} — a record's included — shows {@code ***} instead of
 * the value; a parameter of this type is a secret too, as one marked {@code @Secret} is. (It was
 * called {@code Secret}, which clashed with the annotation {@code dev.loginkit.annotations.Secret}
 * as soon as a file imported both.)
 *
 * <pre>{@code
 * record GatewaySession(@Field("sid") String id, @Field("pswd") SecretValue encryptedPassword) {}
 *
 * session.encryptedPassword().reveal();   // the value, for the next request
 * session.toString();                     // GatewaySession[id=…, encryptedPassword=***]
 * }</pre>
 */
public final class SecretValue {
  private final String value;

  private SecretValue(String value) {
    this.value = value;
  }

  /**
   * {@return a secret holding {@code value}; {@code null} is refused}
   *
   * @param value the secret value
   */
  public static SecretValue of(String value) {
    return new SecretValue(Objects.requireNonNull(value, "value"));
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
    return other instanceof SecretValue that
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return value.length();
  }
}
