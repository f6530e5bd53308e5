package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One wire value built from {@link Input} parameters and fixed text: {@code template} names the
 * inputs by their Java names in braces, the result is encoded as {@code encoding} says, and {@code
 * prefix} is put in front. The value is secret when any input is, and then every input, the filled
 * template and the sent value are masked in every text LoginKit shows.
 *
 * <pre>{@code
 * // Salesforce: the password field is the password followed by the user's security token
 * @Composed(name = "password", template = "{password}{securityToken}")
 * LoginResult<Session> login(@Param("username") String username,
 *     @Input @Secret String password, @Input @Secret String securityToken);
 *
 * // a code with a fixed prefix, and an HTTP Basic header
 * @Composed(name = "otp", template = "totp:{code}")
 * @Composed(name = "Authorization", in = In.HEADER, prefix = "Basic ",
 *     template = "{user}:{password}", encoding = ValueEncoding.BASE64)
 * }</pre>
 *
 * <p>The value travels where the first of its inputs stands among the parameters. A brace that does
 * not start a {@code {name}} is text.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Composites.class)
public @interface Composed {
  /** {@return the wire name} */
  String name();

  /** {@return where the value travels} */
  In in() default In.DEFAULT;

  /**
   * {@return text with {@code {input}} placeholders naming {@link Input} parameters by their Java
   * names}
   */
  String template();

  /** {@return how the filled template is encoded} */
  ValueEncoding encoding() default ValueEncoding.NONE;

  /** {@return text put in front of the encoded value, such as {@code "Basic "}} */
  String prefix() default "";
}
