package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a later response says the session is gone, so that the session interceptor logs in again
 * (once, for all threads) and replays the request when that is safe. Without this annotation an
 * HTTP 401 means expiry.
 *
 * <pre>{@code
 * // Sendloop answers 200 with error code 9998 when the session is gone
 * @SessionExpiry(status = {401}, path = "ErrorCode", equals = "9998")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SessionExpiry {
  /** {@return statuses that mean expiry whatever the body says} */
  int[] status() default {401};

  /** {@return a body path whose value means expiry; empty for none} */
  String path() default "";

  /**
   * {@return the values at {@link #path()} that mean expiry; empty means "present and not empty"}
   */
  String[] equals() default {};

  /**
   * The syntax of later responses' bodies; defaults to the first login method's format. The XML
   * formats need Woodstox on the class path (see {@link Format}).
   *
   * @return the syntax of later responses' bodies; defaults to the first login method's format
   */
  Format format() default Format.JSON;
}
