package dev.loginkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The former name of {@link SecretValue}, kept so that existing session records compile; it clashed
 * with the annotation {@code dev.loginkit.annotations.Secret} as soon as a file imported both. It
 * behaves as {@link SecretValue} does.
 *
 * <pre>{@code
 * record GatewaySession(@Field("pswd") SecretValue encryptedPassword) {}   // instead of Secret
 * }</pre>
 *
 * @deprecated renamed {@link SecretValue}: replace {@code import dev.loginkit.Secret} by {@code
 *     import dev.loginkit.SecretValue} and the type name
 */
@Deprecated
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
