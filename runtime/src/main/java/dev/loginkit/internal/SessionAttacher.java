package dev.loginkit.internal;

/**
 * Puts one session's values on a later request; generated from the session record's {@code @Attach}
 * components.
 *
 * @param <S> the session type
 */
public interface SessionAttacher<S> {
  /** Adds the values of {@code session} to {@code to}. */
  void attach(S session, Attachment to);
}
