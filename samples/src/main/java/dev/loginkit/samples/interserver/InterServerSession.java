package dev.loginkit.samples.interserver;

import dev.loginkit.annotations.Field;

/**
 * A logged-in InterServer account.
 *
 * @param sessionId the session id to send on later calls
 * @param accountId the numeric account id
 * @param accountLid the account's login id (an e-mail address)
 * @param ima the account kind, e.g. {@code client}
 * @param gravatar the avatar URL, if any
 */
public record InterServerSession(
    @Field("sessionId") String sessionId,
    @Field("account_id") int accountId,
    @Field("account_lid") String accountLid,
    @Field(value = "ima", optional = true) String ima,
    @Field(value = "gravatar", optional = true) String gravatar) {}
