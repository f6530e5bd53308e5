package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One row of the HTTP-status table of a login call. Consulted when no {@link OnCode} row matched;
 * statuses in no row fall back to LoginKit's defaults (401 invalid credentials, 403 access denied,
 * 423 account locked, 429 rate limited, other 4xx invalid request, 5xx service unavailable).
 *
 * <p>On the interface it is the default for every method that declares none itself.
 *
 * <pre>{@code
 * @OnStatus(value = 402, reason = FailureReason.INVALID_CREDENTIALS)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(OnStatuses.class)
public @interface OnStatus {
  /** {@return the HTTP statuses} */
  int[] value();

  /** {@return what they mean} */
  FailureReason reason();
}
