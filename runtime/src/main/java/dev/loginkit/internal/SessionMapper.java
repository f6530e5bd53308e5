package dev.loginkit.internal;

/**
 * Builds the session value from a successful response; generated per operation.
 *
 * @param <S> the session type
 */
public interface SessionMapper<S> {
  /**
   * The session.
   *
   * @throws dev.loginkit.LoginProtocolException when a required value is missing or malformed
   */
  S map(Reply reply);
}
