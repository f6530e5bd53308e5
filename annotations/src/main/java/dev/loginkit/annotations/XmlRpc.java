package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the method of a {@code @Post(body = BodyEncoding.XML_RPC)} call.
 *
 * <pre>{@code
 * // iThenticate: login({username, password})
 * @Post(value = "/rpc", body = BodyEncoding.XML_RPC)
 * @XmlRpc("login")
 * ThenticateSession login(@Param("username") String user, @Param("password") @Secret String password);
 * }</pre>
 *
 * <p>Strings become {@code <string>}, {@code int}/{@code long} {@code <int>}, booleans {@code
 * <boolean>}, doubles {@code <double>}, records {@code <struct>}.
 *
 * <p>XML-RPC calls need Woodstox, which {@code loginkit-runtime} declares optional: add it to your
 * dependencies (the processor reports {@code LoginKit:XmlWithoutWoodstox} when it is missing).
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>com.fasterxml.woodstox</groupId>
 *   <artifactId>woodstox-core</artifactId>
 *   <version>7.1.1</version>
 * </dependency>
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface XmlRpc {
  /** {@return the {@code methodName}} */
  String value();

  /**
   * {@code true} (the default): all parameters are the members of one struct, passed as the only
   * param; {@code false}: each parameter is a positional param.
   *
   * @return {@code true} (the default): all parameters are the members of one struct, passed as the
   *     only param; {@code false}: each parameter is a positional param
   */
  boolean struct() default true;
}
