package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One row of the provider's error-code table: the codes (read at {@link FailureDetails#code()})
 * that mean {@link #reason()}. A body code in this table decides the reason before any {@link
 * OnStatus} row; an unknown code falls through to the status table and LoginKit's defaults ({@link
 * FailureReason#UNKNOWN} on a 2xx), the failure still carrying the code.
 *
 * <p>On the interface it is the default for every method that declares none itself.
 *
 * <pre>{@code
 * @FailureDetails(code = "ErrorCode")
 * @OnCode(value = {"1", "2", "3"}, reason = FailureReason.MISSING_CREDENTIALS)
 * @OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(OnCodes.class)
public @interface OnCode {
  /** {@return the provider's codes, as written on the wire} */
  String[] value();

  /** {@return what they mean} */
  FailureReason reason();
}
