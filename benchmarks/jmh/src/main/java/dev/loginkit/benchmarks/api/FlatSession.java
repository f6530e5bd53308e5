package dev.loginkit.benchmarks.api;

import dev.loginkit.annotations.Field;

/** The session of {@link JsonLogin}: four of the flat answer's seven fields. */
public record FlatSession(
    @Field("sessionId") String sessionId,
    @Field("account_id") long accountId,
    @Field("account_lid") String accountLid,
    @Field(value = "ima", optional = true) String ima) {}
