package dev.loginkit.internal;

import dev.loginkit.annotations.SoapVersion;

/**
 * A SOAP call's envelope settings, from {@code @Soap}.
 *
 * @param version 1.1 or 1.2
 * @param namespace the operation (rpc) or wrapper (document) element's namespace
 * @param operation that element's local name
 * @param action the SOAPAction / action parameter ("" for none)
 * @param rpc rpc style (unqualified parts) rather than document/literal (qualified children)
 * @param encoded rpc/encoded: {@code xsi:type} on every part and an {@code encodingStyle}
 */
public record SoapSpec(
    SoapVersion version,
    String namespace,
    String operation,
    String action,
    boolean rpc,
    boolean encoded) {}
