package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Container for repeated {@link OnMessage} rules; write the rules directly instead.
 *
 * <pre>{@code
 * @OnMessage(equals = "Sorry, failed to log in.", reason = FailureReason.INVALID_CREDENTIALS)
 * @OnMessage(matches = "Access denied from (?<ip>\\S+)", reason = FailureReason.ACCESS_DENIED)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OnMessages {
  /** {@return the rules, in order} */
  OnMessage[] value();
}
