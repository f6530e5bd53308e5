package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A login call sent as an HTTP {@code POST}; parameters travel in the body, encoded as {@link
 * #body()} says, unless declared {@link In#QUERY} or {@link In#HEADER}.
 *
 * <pre>{@code
 * @Post(value = "/apiv2/login", body = BodyEncoding.MULTIPART)
 * InterServerSession login(@Param("login") String login, @Param("passwd") @Secret String password);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Post {
  /** {@return the path, starting with {@code /}, appended to the base URL's path} */
  String value();

  /**
   * How the body is encoded; {@link BodyEncoding#SOAP} and {@link BodyEncoding#XML_RPC} need
   * Woodstox on the class path (see {@link BodyEncoding}).
   * @return how the body is encoded; {@link BodyEncoding#SOAP} and {@link BodyEncoding#XML_RPC} need Woodstox on the class path (see {@link BodyEncoding})
   */
  BodyEncoding body() default BodyEncoding.FORM;

  /**
   * How the response body is written; {@link Format#XML}, {@link Format#SOAP} and {@link
   * Format#XML_RPC} need Woodstox on the class path (see {@link Format}).
   * @return how the response body is written; {@link Format#XML}, {@link Format#SOAP} and {@link Format#XML_RPC} need Woodstox on the class path (see {@link Format})
   */
  Format format() default Format.JSON;
}
