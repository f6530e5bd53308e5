package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A fixed name/value pair sent with every call of the method (or of every method, on the interface).
 * Constants are sent before parameters, in declaration order.
 *
 * <pre>{@code
 * @Get("/gw.k")
 * @Constant(name = "api", value = "login")
 * @Constant(name = "apiversion", value = "3")
 * @Constant(name = "Accept", value = "application/xml", in = In.HEADER)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(Constants.class)
public @interface Constant {
  /** {@return the wire name} */
  String name();

  /** {@return the wire value} */
  String value();

  /** {@return where it travels} */
  In in() default In.DEFAULT;
}
