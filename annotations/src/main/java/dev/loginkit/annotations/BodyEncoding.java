package dev.loginkit.annotations;

/**
 * How the parameters of a {@link Post} call are put into the request body.
 *
 * <pre>{@code
 * @Post(value = "/login", body = BodyEncoding.JSON)
 * }</pre>
 *
 * <p>{@link #XML_RPC} and {@link #SOAP} bodies are written (and their answers read) with Woodstox,
 * which {@code loginkit-runtime} declares optional: add {@code
 * com.fasterxml.woodstox:woodstox-core} to your dependencies for them (the processor reports {@code
 * LoginKit:XmlWithoutWoodstox} when it is missing). The other encodings need nothing more.
 */
public enum BodyEncoding {
  /**
   * {@code application/x-www-form-urlencoded}; a record parameter is sent as one JSON-text field.
   */
  FORM,
  /**
   * {@code multipart/form-data}, one part per parameter; a record parameter is one JSON-text part.
   */
  MULTIPART,
  /** {@code application/json}: one object, a record parameter becomes a nested object. */
  JSON,
  /**
   * An XML-RPC {@code methodCall}; name the method with {@link XmlRpc}. Needs Woodstox (see above).
   */
  XML_RPC,
  /** A SOAP envelope; describe it with {@link Soap}. Needs Woodstox (see above). */
  SOAP
}
