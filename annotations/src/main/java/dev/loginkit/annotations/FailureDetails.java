package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a failed (or challenging) response states its own code, message and offending field. The
 * code is what {@link OnCode} tables are matched against. Each path may be left empty.
 *
 * <p>On the interface it is the default for every method that declares none itself.
 *
 * <pre>{@code
 * @FailureDetails(code = "rc", message = "msg")            // 1010data
 * @FailureDetails(message = "message", field = "field")   // InterServer REST
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FailureDetails {
  /** {@return body path of the provider's error code} */
  String code() default "";

  /** {@return body path of the provider's message} */
  String message() default "";

  /** {@return body path naming the request field the failure is about} */
  String field() default "";
}
