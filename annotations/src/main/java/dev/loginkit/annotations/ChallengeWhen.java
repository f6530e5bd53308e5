package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A response in which the server asks for more (a two-factor code, say) rather than refusing. Such
 * a response becomes a challenge outcome instead of a failure. Rules are tried in declaration
 * order, before the success rule.
 *
 * <p>On the interface it is the default for every method that declares none itself.
 *
 * <pre>{@code
 * // InterServer: 402 {"field":"2fa","message":"missing 2fa"}; answered by sending tfa
 * @ChallengeWhen(status = 402, path = "field", equals = "2fa", answer = "tfa")
 *
 * LoginResult<Session> result = client.login(user, password, null);
 * if (result instanceof LoginResult.Challenge<Session> challenge) {
 *   result = challenge.continueWith(askUserForCode());   // same parameters, plus tfa
 * }
 *
 * // A token round trip to another endpoint: 401 {"mfa_required":true,"token":"t-1"}
 * @ChallengeWhen(status = 401, path = "mfa_required", equals = "true", answer = "otp",
 *     echo = "login_token=token", continueAt = "/login/mfa")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(ChallengeRules.class)
public @interface ChallengeWhen {
  /** {@return HTTP statuses this rule applies to; empty means any} */
  int[] status() default {};

  /** {@return the body path to test; empty means the status alone decides} */
  String path() default "";

  /** {@return accepted values; empty means "present and not empty"} */
  String[] equals() default {};

  /** {@return what kind of challenge this is} */
  FailureReason reason() default FailureReason.TWO_FACTOR_REQUIRED;

  /**
   * The wire name of the parameter that answers the challenge (e.g. {@code tfa}); when given,
   * {@code LoginResult.Challenge.continueWith(answer)} repeats the login with the original
   * parameters plus this one, sent as a secret. Empty: the challenge cannot be continued.
   *
   * @return the wire name of the parameter that answers the challenge
   */
  String answer() default "";

  /**
   * Values of the challenge response sent back with the answer, as {@code "wireName=bodyPath"}
   * (e.g. {@code "login_token=token"} for a login-token round trip); sent as secrets.
   *
   * @return the values of the challenge response sent back with the answer, as {@code
   *     "wireName=bodyPath"}
   */
  String[] echo() default {};

  /**
   * {@return the path the continuation is sent to, when it is not the login's own (e.g. {@code
   * "/login/verify"})}
   */
  String continueAt() default "";
}
