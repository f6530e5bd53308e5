package dev.loginkit.samples.ithenticate;

import dev.loginkit.annotations.Field;
import java.time.Instant;

/**
 * An iThenticate session.
 *
 * @param sid the session id for later calls
 * @param apiStatus the body's status, 200
 * @param responseTimestamp when the server answered
 */
public record ThenticateSession(
    @Field("sid") String sid,
    @Field("api_status") int apiStatus,
    @Field(value = "response_timestamp", optional = true) Instant responseTimestamp) {}
