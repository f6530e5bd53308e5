package dev.loginkit.samples.soap;

import dev.loginkit.annotations.Field;

/**
 * An InterServer SOAP session.
 *
 * @param sessionId the id to pass to the other API functions
 */
public record SoapSession(@Field("return") String sessionId) {}
