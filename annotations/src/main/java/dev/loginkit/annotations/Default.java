package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The wire value sent when the argument is {@code null}; makes the parameter optional.
 *
 * <pre>{@code
 * @Param("kill") @Default("yes") Kill kill   // null sends kill=yes
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Default {
  /** {@return the value as it appears on the wire} */
  String value();
}
