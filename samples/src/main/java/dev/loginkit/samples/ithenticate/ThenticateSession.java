package dev.loginkit.samples.ithenticate;

import dev.loginkit.annotations.Attach;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import java.time.Instant;

/**
 * An iThenticate session.
 *
 * @param sid the session id for later calls
 * @param apiStatus the body's status, 200
 * @param responseTimestamp when the server answered
 */
public record ThenticateSession(
    @Field("sid") @Attach(value = "sid", in = In.DEFAULT) String sid,
    @Field("api_status") int apiStatus,
    @Field(value = "response_timestamp", optional = true) Instant responseTimestamp) {}
