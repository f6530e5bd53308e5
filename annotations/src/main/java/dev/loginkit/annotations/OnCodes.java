package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Container for repeated {@link OnCode} rows; write the rows directly instead.
 *
 * <pre>{@code
 * @OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
 * @OnCode(value = "9999", reason = FailureReason.INVALID_REQUEST)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OnCodes {
  /** {@return the rows} */
  OnCode[] value();
}
