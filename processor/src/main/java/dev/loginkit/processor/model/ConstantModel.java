package dev.loginkit.processor.model;

import dev.loginkit.annotations.In;

/**
 * A fixed wire value.
 *
 * @param name wire name
 * @param value wire value
 * @param in where it travels
 */
public record ConstantModel(String name, String value, In in) {}
