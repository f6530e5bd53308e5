package dev.loginkit.benchmarks.api;

import dev.loginkit.annotations.Field;

/** The session of {@link XmlLogin}. */
public record XmlSession(
    @Field("sid") String sid,
    @Field("pswd") String encryptedPassword,
    @Field(value = "msg", optional = true) String message,
    @Field(value = "version", optional = true) String version) {}
