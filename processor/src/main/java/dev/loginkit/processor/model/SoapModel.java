package dev.loginkit.processor.model;

import dev.loginkit.annotations.SoapVersion;

/**
 * A SOAP call's envelope, from {@code @Soap}.
 *
 * @param version 1.1 or 1.2
 * @param namespace the operation or wrapper element's namespace
 * @param operation that element's local name
 * @param action the SOAPAction ("" for none)
 * @param rpc rpc style rather than document/literal
 * @param encoded rpc/encoded
 */
public record SoapModel(
    SoapVersion version,
    String namespace,
    String operation,
    String action,
    boolean rpc,
    boolean encoded) {}
