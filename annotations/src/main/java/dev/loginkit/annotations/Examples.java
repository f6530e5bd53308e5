package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Container for repeated {@link Example}s; write the examples directly instead.
 *
 * <pre>{@code
 * @Example(resource = "examples/acme/success.json", session = "sid=abc")
 * @Example(resource = "examples/acme/locked.json", outcome = Example.Outcome.FAILURE,
 *     reason = FailureReason.ACCOUNT_LOCKED)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Examples {
  /** {@return the examples} */
  Example[] value();
}
