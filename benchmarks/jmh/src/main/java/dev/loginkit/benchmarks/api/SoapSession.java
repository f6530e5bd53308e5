package dev.loginkit.benchmarks.api;

import dev.loginkit.annotations.Field;

/** The session of {@link SoapLogin}. */
public record SoapSession(
    @Field("return/sessionId") String sessionId,
    @Field("return/userId") long userId,
    @Field(value = "return/expires", optional = true) String expires) {}
