package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a successful login is recognised in a 2xx response. Without this annotation every 2xx
 * response is a success.
 *
 * <p>On the interface it is the default for every method that declares none itself.
 *
 * <pre>{@code
 * @SuccessWhen(path = "rc", equals = "0")               // 1010data: <rc>0</rc>
 * @SuccessWhen(path = "Success", equals = {"1", "true"}) // Sendloop, XML or JSON
 * @SuccessWhen(path = "sid")                             // present and not empty
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SuccessWhen {
  /** {@return the body path to test} */
  String path();

  /** {@return accepted values (compared after trimming); empty means "present and not empty"} */
  String[] equals() default {};
}
