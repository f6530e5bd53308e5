package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a method parameter (or a component of a record sent as a nested object) to its name on the
 * wire. Every parameter of a login method needs one.
 *
 * <pre>{@code
 * GatewaySession login(
 *     @Param("uid") String user,
 *     @Param("pswd") @Secret String password,
 *     @Param("kill") @Default("yes") Kill kill,
 *     @Param(value = "X-Api-Key", in = In.HEADER) @Secret String apiKey);
 * }</pre>
 *
 * <p>Supported types: {@code String}, {@link Enum} (sent as its {@link WireValue}), the primitive
 * numbers and booleans and their boxes, and records whose components carry {@code @Param} (sent as
 * a nested JSON object).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Param {
  /** {@return the wire name; defaults to the Java name} */
  String value() default "";

  /** {@return where the value travels} */
  In in() default In.DEFAULT;

  /**
   * Whether a {@code null} argument is refused before anything is sent. An optional parameter that
   * is {@code null} is left out of the request (or replaced by its {@link Default}).
   * @return whether a {@code null} argument is refused before anything is sent
   */
  boolean required() default true;
}
