package dev.loginkit.benchmarks.api;

import dev.loginkit.annotations.Field;

/** The session of {@link NestedLogin}. */
public record NestedSession(
    @Field("result/session/id") String sessionId,
    @Field("result/session/expires") String expires,
    @Field("result/user/id") long userId,
    @Field("result/user/login") String login,
    @Field(value = "result/user/profile/name", optional = true) String name) {}
