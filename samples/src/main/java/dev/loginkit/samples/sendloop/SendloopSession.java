package dev.loginkit.samples.sendloop;

import dev.loginkit.annotations.Attach;
import dev.loginkit.annotations.Field;

/**
 * A Sendloop session.
 *
 * @param sessionId the id to send on later calls
 * @param user the logged-in user's record
 */
public record SendloopSession(
    @Field("SessionID") @Attach("SessionID") String sessionId, @Field("UserInfo") UserInfo user) {}
