package dev.loginkit.annotations;

/**
 * The syntax of a response body. Paths in {@link SuccessWhen}, {@link FailureDetails}, {@link
 * ChallengeWhen} and {@link Field} mean the same over {@link #JSON} and {@link #XML}: segments
 * separated by {@code /} name object fields or child elements below the root, arrays and repeated
 * elements yield their first value, a segment {@code @name} names an XML attribute, and a path that
 * ends on an object or element yields its first scalar value (so {@code ErrorCode} reads {@code
 * <ErrorCode><subnode_0>4</subnode_0></ErrorCode>} as {@code 4}).
 *
 * <pre>{@code
 * @Get(value = "/gw.k", format = Format.XML)
 * }</pre>
 *
 * <p>{@link #XML}, {@link #SOAP} and {@link #XML_RPC} are read with Woodstox, which {@code
 * loginkit-runtime} declares optional so that JSON-only users do without it. Add it when a call
 * reads one of them (the processor reports {@code LoginKit:XmlWithoutWoodstox} when it is missing,
 * and such a call run without it throws {@code LoginConfigurationException} before sending):
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>com.fasterxml.woodstox</groupId>
 *   <artifactId>woodstox-core</artifactId>
 *   <version>7.1.1</version>
 * </dependency>
 * }</pre>
 */
public enum Format {
  /** A JSON object. */
  JSON,
  /**
   * An XML document; element and attribute names match by local name, whatever their prefix. Needs
   * {@code com.fasterxml.woodstox:woodstox-core} on the class path.
   */
  XML,
  /** Plain text: the whole body, trimmed, is the value of the path {@code "."}. */
  TEXT,
  /**
   * An XML-RPC {@code methodResponse}: paths name struct members ({@code errors/password}), arrays
   * are transparent, and a {@code <fault>} is a failure whose code is {@code faultCode}. The
   * default for {@link BodyEncoding#XML_RPC} calls. Needs {@code
   * com.fasterxml.woodstox:woodstox-core}.
   */
  XML_RPC,
  /**
   * A SOAP 1.1 or 1.2 envelope: paths start inside the body's response element ({@code return},
   * {@code result/sessionId}), and a {@code Fault} is a failure whose code is the fault code's
   * local name, checked before anything else. The default for {@link BodyEncoding#SOAP} calls.
   * Needs {@code com.fasterxml.woodstox:woodstox-core}.
   */
  SOAP
}
