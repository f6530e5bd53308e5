package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sample response from the provider's documentation and the outcome it must produce. The
 * processor decodes and classifies every example at compile time with the same runtime code the
 * generated client uses, and fails the build on this annotation when an example does not produce
 * its declared outcome — the documentation becomes a compile-time test.
 *
 * <pre>{@code
 * @Example(resource = "examples/tenten/success.xml",
 *     session = {"sid=[SESSION_ID]", "encryptedPassword=[ENCRYPTED_PSWD]"})
 * @Example(body = "<out><rc>4</rc><msg>Invalid user identification</msg></out>",
 *     outcome = Example.Outcome.FAILURE, reason = FailureReason.INVALID_CREDENTIALS, code = "4")
 * }</pre>
 *
 * <p>A {@code resource} is looked up in the directories of the processor option {@code
 * loginkit.resourceRoots}, then on the compilation's class output, source path and class path (in
 * Maven, put it under {@code src/main/resources}; under Gradle, whose {@code compileJava} does not
 * see the resources, also pass {@code -Aloginkit.resourceRoots}, see the README). Examples are read
 * without headers or cookies, so sessions read from those cannot be checked this way.
 *
 * <p>{@code CLASS} retention, as Gradle's incremental compilation requires of the annotations an
 * annotation processor reads.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Examples.class)
public @interface Example {
  /** {@return the response body, inline. Give this or {@link #resource()}} */
  String body() default "";

  /** {@return a resource holding the response body, e.g. {@code examples/acme/success.json}} */
  String resource() default "";

  /** {@return the HTTP status of the example} */
  int status() default 200;

  /** {@return the expected kind of outcome} */
  Outcome outcome() default Outcome.SUCCESS;

  /**
   * {@return for a challenge or failure: the expected reason (always compared; give it for those
   * outcomes)}
   */
  FailureReason reason() default FailureReason.UNKNOWN;

  /** {@return for a challenge or failure: the expected provider code; empty means "not checked"} */
  String code() default "";

  /**
   * For a success: expected session values as {@code component=value}, nested components joined
   * with {@code .} ({@code user.email=john@acme.com}); secrets compare by their revealed value.
   *
   * @return for a success: expected session values as {@code component=value}, nested components
   *     joined with {@code .} ({@code user.email=john@acme.com}); secrets compare by their revealed
   *     value
   */
  String[] session() default {};

  /** Kinds of outcome. */
  enum Outcome {
    /** A session. */
    SUCCESS,
    /** The server asks for more. */
    CHALLENGE,
    /** The server refused, or the answer was not understood. */
    FAILURE
  }
}
