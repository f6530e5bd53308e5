package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a session value travels on every later request: the generated client's {@code
 * sessionInterceptor(...)} adds it to each request of the OkHttp client (or Retrofit) it is added
 * to. Sessions made of several values attach each.
 *
 * <pre>{@code
 * record TenTenSession(
 *     @Field("sid") @Attach("sid") String sid,                        // ?sid=…
 *     @Field("pswd") @Attach("pswd") Secret encryptedPassword) {}     // &pswd=… (replaces the password)
 *
 * record ApiSession(@Field("token") @Attach(value = "Authorization", in = In.HEADER, prefix = "Bearer ") Secret token) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Attach {
  /** {@return the wire name on later requests} */
  String value();

  /**
   * Where: {@link In#QUERY} (the default), {@link In#HEADER}, {@link In#COOKIE}, or {@link
   * In#DEFAULT} for a member of an XML-RPC call's struct (iThenticate's {@code sid}).
   *
   * @return where: {@link In#QUERY} (the default), {@link In#HEADER}, {@link In#COOKIE}, or {@link
   *     In#DEFAULT} for a member of an XML-RPC call's struct (iThenticate's {@code sid})
   */
  In in() default In.QUERY;

  /** {@return text before the value, e.g. {@code "Bearer "}} */
  String prefix() default "";
}
