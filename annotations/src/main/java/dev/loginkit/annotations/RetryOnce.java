package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A declared fallback: when the login fails for {@link #when()}, send it once more with one
 * parameter set to another value. LoginKit never repeats a login unless this says so, and repeats
 * it at most once.
 *
 * <p>The fallback only replaces a value the caller left to LoginKit: the parameter's {@link
 * Default} (the caller passed {@code null}) or no value at all. A value the caller passed is their
 * choice and is never overridden: with {@code kill=no} (keep the other session) the conflict is the
 * outcome, and nothing is sent again. The retry counts against the same login deadline as the first
 * attempt.
 *
 * <p>On the interface it is the default for every method that declares none itself.
 *
 * <pre>{@code
 * // 1010data: kill=no fails while a session is active; take that session over instead
 * @OnCode(value = "5", reason = FailureReason.SESSION_CONFLICT)
 * @RetryOnce(when = FailureReason.SESSION_CONFLICT, param = "kill", value = "possess")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryOnce {
  /** {@return the failure reason that triggers the retry} */
  FailureReason when();

  /** {@return the wire name of the parameter to change} */
  String param();

  /** {@return its value for the retry} */
  String value();
}
