package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a response lists validation errors per request field, as an object (or struct) mapping a
 * field name to a message or a list of messages. When it holds any entry the login failed with
 * {@link #reason()}, the first field as the failure's field and its first message as the message.
 *
 * <p>On the interface it is the default for every method that declares none itself.
 *
 * <pre>{@code
 * // {"errors": {"password": ["Input must be at least 6 characters. You submitted 3"]}}
 * @FieldErrors("errors")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FieldErrors {
  /** {@return the body path of the object} */
  String value();

  /** {@return what such errors mean} */
  FailureReason reason() default FailureReason.INVALID_REQUEST;
}
