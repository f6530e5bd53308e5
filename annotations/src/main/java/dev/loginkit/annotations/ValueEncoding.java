package dev.loginkit.annotations;

/**
 * How a {@link Composed} value is encoded before it is sent (after its template is filled, and
 * before its prefix is put in front).
 *
 * <pre>{@code
 * @Composed(name = "Authorization", in = In.HEADER, prefix = "Basic ",
 *     template = "{user}:{password}", encoding = ValueEncoding.BASE64)
 * }</pre>
 */
public enum ValueEncoding {
  /** The filled template as it is. */
  NONE,
  /** Base64 (RFC 4648, with padding) of the UTF-8 bytes. */
  BASE64,
  /** Lower-case hexadecimal of the UTF-8 bytes. */
  HEX
}
