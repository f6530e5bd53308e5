package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes the SOAP envelope of a {@code @Post(body = BodyEncoding.SOAP)} call. On the interface
 * it applies to every SOAP method that has none of its own.
 *
 * <pre>{@code
 * // PHP's SoapServer, rpc/encoded, as InterServer's api_login expects:
 * @Post(value = "/api.php", body = BodyEncoding.SOAP)
 * @Soap(namespace = "urn:myapi", style = SoapStyle.RPC, encoded = true)
 * ApiSession api_login(@Param("username") String user, @Param("password") @Secret String password);
 * }</pre>
 *
 * <p>Parameters become child elements of the operation element (rpc) or of the request wrapper
 * element (document/literal), in declaration order; a record parameter becomes nested elements.
 * Parameters declared {@link In#SOAP_HEADER} go into the SOAP {@code Header} instead, as elements
 * in the same namespace ({@link In#HEADER} stays an HTTP header).
 *
 * <p>SOAP calls need Woodstox, which {@code loginkit-runtime} declares optional: add it to your
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
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Soap {
  /**
   * {@return the namespace of the operation (rpc) or wrapper (document) element, e.g. {@code
   * urn:myapi}}
   */
  String namespace();

  /** {@return the operation or wrapper element's local name; defaults to the Java method name} */
  String operation() default "";

  /**
   * {@return the SOAPAction (1.1 header) or {@code action} media-type parameter (1.2); empty sends
   * none (1.1 sends {@code ""})}
   */
  String action() default "";

  /** {@return the SOAP version} */
  SoapVersion version() default SoapVersion.V1_1;

  /** {@return rpc or document style} */
  SoapStyle style() default SoapStyle.DOCUMENT;

  /**
   * rpc/encoded: every part carries {@code xsi:type} and the operation element carries SOAP
   * encoding's {@code encodingStyle}, as PHP, SOAP::Lite and Axis 1 services expect.
   *
   * @return rpc/encoded: every part carries {@code xsi:type} and the operation element carries SOAP
   *     encoding's {@code encodingStyle}, as PHP, SOAP::Lite and Axis 1 services expect
   */
  boolean encoded() default false;
}
