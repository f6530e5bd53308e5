package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A fixed name/value pair sent with every call of the method (or of every method, on the
 * interface). Constants are sent before parameters, in declaration order.
 *
 * <pre>{@code
 * @Get("/gw.k")
 * @Constant(name = "api", value = "login")
 * @Constant(name = "apiversion", value = "3")
 * @Constant(name = "Accept", value = "application/xml", in = In.HEADER)
 * @Constant(name = "id", value = "1", type = WireType.NUMBER)          // "id":1 in a JSON body
 * @Constant(name = "params[1]", value = "session")                     // a positional JSON-RPC argument
 * }</pre>
 *
 * <p>A header constant may name {@code {origin}}, the scheme, host and port the call goes to (after
 * any base URL override), for servers that refuse a login whose {@code Referer} or {@code Origin}
 * is not their own: {@code @Constant(name = "Referer", value = "{origin}/", in = In.HEADER)}. Any
 * other {@code {name}} in a header constant is a compile error.
 *
 * <p>A name {@code base[i]} makes the value element {@code i} of the JSON array {@code base},
 * together with parameters named the same way (see {@link Param}).
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

  /** {@return how the value is written; text unless said otherwise} */
  WireType type() default WireType.STRING;

  /**
   * The element's own XML namespace, for a SOAP body or header entry a provider defines in its own
   * namespace; an empty value then writes an empty element: {@code @Constant(name = "context",
   * value = "", in = In.SOAP_HEADER, namespace = "urn:zimbra")} is {@code <context
   * xmlns="urn:zimbra"/>}.
   *
   * @return the namespace, or empty for the operation's
   */
  String namespace() default "";
}
