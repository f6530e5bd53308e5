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
   *
   * @return how the body is encoded; {@link BodyEncoding#SOAP} and {@link BodyEncoding#XML_RPC}
   *     need Woodstox on the class path (see {@link BodyEncoding})
   */
  BodyEncoding body() default BodyEncoding.FORM;

  /**
   * How the response body is written; {@link Format#XML}, {@link Format#SOAP} and {@link
   * Format#XML_RPC} need Woodstox on the class path (see {@link Format}).
   *
   * @return how the response body is written; {@link Format#XML}, {@link Format#SOAP} and {@link
   *     Format#XML_RPC} need Woodstox on the class path (see {@link Format})
   */
  Format format() default Format.JSON;

  /**
   * The request's {@code Content-Type} where the provider documents its own, sent exactly as
   * written; empty for LoginKit's ({@code application/json; charset=utf-8}, {@code text/xml;
   * charset=utf-8}, …). Checked at compile time against the body: a JSON body takes a {@code json},
   * {@code json-rpc} or {@code +json} subtype, XML-RPC an {@code xml} or {@code +xml} one, SOAP 1.1
   * {@code text/xml}, SOAP 1.2 {@code application/soap+xml} (the {@code action} parameter is {@link
   * Soap#action()}'s), a form {@code application/x-www-form-urlencoded}; a multipart body takes
   * none (its boundary is LoginKit's), and a charset other than UTF-8 is refused (LoginKit writes
   * UTF-8).
   *
   * <pre>{@code
   * @Post(value = "/api_jsonrpc.php", body = BodyEncoding.JSON, contentType = "application/json-rpc")
   * }</pre>
   *
   * @return the declared content type, or empty for LoginKit's
   */
  String contentType() default "";
}
