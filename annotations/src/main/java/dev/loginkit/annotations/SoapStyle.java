package dev.loginkit.annotations;

/**
 * How the body of a {@link Soap} call is laid out.
 *
 * <pre>{@code
 * @Soap(namespace = "urn:myapi", style = SoapStyle.RPC, encoded = true)
 * }</pre>
 */
public enum SoapStyle {
  /** rpc: the body holds an operation element whose children are the unqualified parts. */
  RPC,
  /**
   * document/literal wrapped: the body holds a namespaced wrapper element with qualified children.
   */
  DOCUMENT
}
