package dev.loginkit.processor.model;

import dev.loginkit.annotations.From;

/**
 * One session record component and where its value is read.
 *
 * @param component the component name
 * @param kind how wire text converts to it
 * @param from body, header or cookie
 * @param name the full body path (prefixed by enclosing records' paths), header or cookie name
 * @param optional whether it may be missing
 * @param nested for {@link ValueKind#RECORD}: the nested record
 */
public record FieldModel(
    String component, ValueKind kind, From from, String name, boolean optional, SessionModel nested) {}
