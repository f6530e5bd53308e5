package dev.loginkit.annotations;

/**
 * How a {@link Constant}'s value is written: as text, or as a typed JSON value. JSON-RPC servers in
 * particular check types: Zabbix and OpenWrt expect {@code "id":1}, not {@code "id":"1"}.
 *
 * <pre>{@code
 * @Post(value = "/api_jsonrpc.php", body = BodyEncoding.JSON)
 * @Constant(name = "jsonrpc", value = "2.0")                      // "jsonrpc":"2.0"
 * @Constant(name = "id", value = "1", type = WireType.NUMBER)     // "id":1
 * @Constant(name = "remember", value = "true", type = WireType.BOOLEAN)
 * @Constant(name = "auth", value = "null", type = WireType.NULL)
 * @Constant(name = "scopes", value = "[\"read\",\"write\"]", type = WireType.JSON)
 * }</pre>
 *
 * <p>Outside a JSON body (query, form, header) a {@code NUMBER} or {@code BOOLEAN} is sent as its
 * text; {@code NULL} and {@code JSON} exist only in a JSON body, and the processor refuses them
 * elsewhere. A parameter's wire type follows its Java type ({@code int}, {@code long}, {@code
 * boolean}, {@code double} and their boxes are JSON numbers and booleans), and so does its {@link
 * Default}.
 */
public enum WireType {
  /** Text: a JSON string, or the value as it is in a query, form or header. */
  STRING,
  /**
   * A JSON number, written as given ({@code 1}, {@code -2.5}, {@code 1e3}); checked at compile
   * time.
   */
  NUMBER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** JSON {@code null}; the value must be {@code "null"} or empty. JSON bodies only. */
  NULL,
  /**
   * Any JSON value written as given, such as an array or an object; checked at compile time. JSON
   * bodies only.
   */
  JSON
}
