package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Container for repeated {@link ChallengeWhen} rules; write the rules directly instead.
 *
 * <pre>{@code
 * @ChallengeWhen(status = 402, path = "field", equals = "2fa")
 * @ChallengeWhen(status = 402, path = "field", equals = "captcha", reason = FailureReason.INVALID_REQUEST)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ChallengeRules {
  /** {@return the rules, in order} */
  ChallengeWhen[] value();
}
