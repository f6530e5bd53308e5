package dev.loginkit.annotations;

/**
 * Where a session {@link Field} is read from.
 *
 * <pre>{@code
 * @Field(value = "PHPSESSID", from = From.COOKIE) String sessionCookie
 * }</pre>
 */
public enum From {
  /** A path in the response body. */
  BODY,
  /** A response header. */
  HEADER,
  /** A cookie set by the response's {@code Set-Cookie} headers. */
  COOKIE
}
