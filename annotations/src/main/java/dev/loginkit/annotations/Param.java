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
 * <p>In a JSON body a wire name {@code base[i]} makes the value element {@code i} of the JSON array
 * {@code base}, for RPC styles whose arguments are positional; constants may fill other elements,
 * and the indices must run from 0 without a gap:
 *
 * <pre>{@code
 * // OpenWrt ubus: "params":["000…0","session","login",{"username":…,"password":…}]
 * @Constant(name = "params[0]", value = "00000000000000000000000000000000")
 * @Constant(name = "params[1]", value = "session")
 * @Constant(name = "params[2]", value = "login")
 * Session login(@Param("params[3]") Credentials credentials);
 * }</pre>
 *
 * <p>In a SOAP body, a record component named {@code @by} is an attribute of the record's element
 * and one named {@code .} its text, as Zimbra's {@code <account
 * by="name">user@example.com</account>} needs; a method parameter named {@code @name} is an
 * attribute of the operation element ({@code <AuthRequest name="…" password="…"/>}):
 *
 * <pre>{@code
 * record Account(@Param("@by") String by, @Param(".") String name) {}
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
   *
   * @return whether a {@code null} argument is refused before anything is sent
   */
  boolean required() default true;

  /**
   * The element's own XML namespace, for a value of a SOAP body or header that a provider defines
   * in a namespace other than the operation's (written as the element's default namespace, which
   * its children share); empty for the operation's.
   *
   * @return the namespace, or empty for the operation's
   */
  String namespace() default "";
}
