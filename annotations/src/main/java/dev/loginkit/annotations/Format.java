package dev.loginkit.annotations;

/**
 * The syntax of a response body. Paths in {@link SuccessWhen}, {@link FailureDetails}, {@link
 * ChallengeWhen} and {@link Field} mean the same over {@link #JSON} and {@link #XML}: segments
 * separated by {@code /} name object fields or child elements below the root, arrays and repeated
 * elements yield their first value, a segment {@code @name} names an XML attribute, and a path that
 * ends on an object or element yields its first scalar value (so {@code ErrorCode} reads
 * {@code <ErrorCode><subnode_0>4</subnode_0></ErrorCode>} as {@code 4}).
 *
 * <pre>{@code
 * @Get(value = "/gw.k", format = Format.XML)
 * }</pre>
 */
public enum Format {
  /** A JSON object. */
  JSON,
  /** An XML document; element and attribute names match by local name, whatever their prefix. */
  XML,
  /** Plain text: the whole body, trimmed, is the value of the path {@code "."}. */
  TEXT
}
