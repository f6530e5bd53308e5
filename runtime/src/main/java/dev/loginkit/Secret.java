package dev.loginkit;

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
  private final SecretValue value;

  private Secret(SecretValue value) {
    this.value = value;
  }

  /**
   * {@return a secret holding {@code value}; {@code null} is refused}
   *
   * @param value the secret value
   */
  public static Secret of(String value) {
    return new Secret(SecretValue.of(value));
  }

  /** {@return the value itself; keep it out of logs} */
  public String reveal() {
    return value.reveal();
  }

  /** Always {@code ***}. */
  @Override
  public String toString() {
    return "***";
  }

  /** Compares values as {@link SecretValue} does, in time independent of where they differ. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Secret that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
