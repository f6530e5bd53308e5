package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Container for repeated {@link OnStatus} rows; write the rows directly instead.
 *
 * <pre>{@code
 * @OnStatus(value = 402, reason = FailureReason.INVALID_CREDENTIALS)
 * @OnStatus(value = 409, reason = FailureReason.SESSION_CONFLICT)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OnStatuses {
  /** {@return the rows} */
  OnStatus[] value();
}
