package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A login call sent as an HTTP {@code GET}; every parameter travels in the query string unless it
 * is declared {@link In#HEADER}.
 *
 * <pre>{@code
 * @Get(value = "/gw.k", format = Format.XML)
 * GatewaySession login(@Param("uid") String user, @Param("pswd") @Secret String password);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Get {
  /** {@return the path, starting with {@code /}, appended to the base URL's path} */
  String value();

  /**
   * How the response body is written; {@link Format#XML}, {@link Format#SOAP} and {@link
   * Format#XML_RPC} need Woodstox on the class path (see {@link Format}).
   *
   * @return how the response body is written; {@link Format#XML}, {@link Format#SOAP} and {@link
   *     Format#XML_RPC} need Woodstox on the class path (see {@link Format})
   */
  Format format() default Format.JSON;
}
