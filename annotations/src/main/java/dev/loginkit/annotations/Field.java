package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a component of a session record to a value of the successful response: a body path (see
 * {@link Format}), a response header or a cookie. A required field that is missing from a
 * successful response turns the outcome into a {@link FailureReason#PROTOCOL_ERROR}.
 *
 * <pre>{@code
 * record GatewaySession(
 *     @Field("sid") String id,
 *     @Field("pswd") @Secret Secret encryptedPassword,
 *     @Field(value = "msg", optional = true) String message,
 *     @Field(value = "X-Request-Id", from = From.HEADER, optional = true) String requestId) {}
 * }</pre>
 *
 * <p>Component types: {@code String}, {@code dev.loginkit.SecretValue}, {@code int}, {@code long},
 * {@code boolean}, {@code double} and their boxes, {@code java.time.Instant} (ISO 8601, with or
 * without separators and offset), or a record whose components carry {@code @Field} (its paths are
 * read below this one).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Field {
  /** {@return the body path, header name or cookie name} */
  String value();

  /** {@return where the value is read} */
  From from() default From.BODY;

  /**
   * {@return whether the value may be missing; a missing optional value is {@code null} (or 0 /
   * false)}
   */
  boolean optional() default false;
}
