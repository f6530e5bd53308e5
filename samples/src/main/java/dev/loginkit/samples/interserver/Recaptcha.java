package dev.loginkit.samples.interserver;

import dev.loginkit.annotations.Param;

/**
 * The {@code g-recaptcha-response} object InterServer's web front end sends (a serialized Vue ref).
 *
 * @param dep dependency counters
 * @param value the token
 * @param isRef always true
 * @param rawValue the raw token
 * @param isShallow always false
 */
public record Recaptcha(
    @Param("dep") Dep dep,
    @Param("_value") String value,
    @Param("__v_isRef") boolean isRef,
    @Param("_rawValue") String rawValue,
    @Param("__v_isShallow") boolean isShallow) {

  /**
   * Vue's dependency counters.
   *
   * @param n n
   * @param w w
   */
  public record Dep(@Param("n") int n, @Param("w") int w) {}

  /** The object for a reCAPTCHA token, shaped as InterServer's front end sends it. */
  public static Recaptcha ofToken(String token) {
    return new Recaptcha(new Dep(0, 0), token, true, token, false);
  }
}
