package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Classifies a failure by the provider's message (read at {@link FailureDetails#message()}, every
 * value when it is a list, or a fault's string). Either {@link #equals()} or {@link #matches()} is
 * given; named groups of {@code matches} become the failure's details. Message rules are tried
 * before the code and status tables; messages may be localized, so rules are per API.
 *
 * <p>On the interface it is the default for every method that declares none itself.
 *
 * <pre>{@code
 * @FailureDetails(message = "messages")
 * @OnMessage(equals = "Sorry, failed to log in.", reason = FailureReason.INVALID_CREDENTIALS)
 * @OnMessage(matches = "Access denied from (?<ip>\\S+)", reason = FailureReason.ACCESS_DENIED)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(OnMessages.class)
public @interface OnMessage {
  /** {@return the whole message, compared after trimming} */
  String equals() default "";

  /** {@return a regular expression the whole message must match; checked at compile time} */
  String matches() default "";

  /** {@return what it means} */
  FailureReason reason();
}
