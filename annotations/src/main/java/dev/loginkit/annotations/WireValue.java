package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The wire spelling of an enum constant used as a {@link Param}. Every constant of such an enum
 * carries one, so that renaming a Java constant never changes what is sent.
 *
 * <pre>{@code
 * enum Kill {
 *   @WireValue("yes") TERMINATE_EXISTING,
 *   @WireValue("no") KEEP_EXISTING,
 *   @WireValue("possess") POSSESS,
 *   @WireValue("auth") AUTHENTICATE_ONLY
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface WireValue {
  /** {@return the value as sent} */
  String value();
}
