package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Container for repeated {@link Constant}s; write the {@code @Constant}s directly instead.
 *
 * <pre>{@code
 * @Constant(name = "api", value = "login")
 * @Constant(name = "apiversion", value = "3")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Constants {
  /** {@return the constants, in order} */
  Constant[] value();
}
