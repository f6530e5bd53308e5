package dev.loginkit.annotations;

/**
 * The SOAP version of a {@link Soap} call, which fixes the envelope namespace, the content type and
 * how the action travels.
 *
 * <pre>{@code
 * @Soap(namespace = "urn:partner.soap.example.com", version = SoapVersion.V1_2)
 * }</pre>
 */
public enum SoapVersion {
  /**
   * SOAP 1.1: {@code text/xml}, a {@code SOAPAction} header, {@code faultcode}/{@code faultstring}
   * faults.
   */
  V1_1,
  /**
   * SOAP 1.2: {@code application/soap+xml; action="…"}, {@code Code/Value} and {@code Reason/Text}
   * faults.
   */
  V1_2
}
