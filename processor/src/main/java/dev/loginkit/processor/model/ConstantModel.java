package dev.loginkit.processor.model;

import dev.loginkit.annotations.In;
import dev.loginkit.annotations.WireType;

/**
 * A fixed wire value.
 *
 * @param name wire name
 * @param value wire value
 * @param in where it travels
 * @param type how the value is written
 * @param namespace the SOAP element's own namespace, or empty
 */
public record ConstantModel(String name, String value, In in, WireType type, String namespace) {}
