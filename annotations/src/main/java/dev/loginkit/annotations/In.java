package dev.loginkit.annotations;

/**
 * Where a {@link Param} or {@link Constant} travels.
 *
 * <pre>{@code
 * @Param(value = "X-Api-Key", in = In.HEADER) String apiKey
 * }</pre>
 */
public enum In {
  /**
   * Where the call's encoding puts parameters: the query string of a {@link Get}, the body of a
   * {@link Post}.
   */
  DEFAULT,
  /** The URL query string, whatever the method. */
  QUERY,
  /** A request header of that name. */
  HEADER,
  /** An element of that name in the SOAP {@code Header} of a {@link Soap} call. */
  SOAP_HEADER,
  /** A cookie of that name in the request's {@code Cookie} header. */
  COOKIE
}
