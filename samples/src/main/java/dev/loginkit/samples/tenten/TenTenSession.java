package dev.loginkit.samples.tenten;

import dev.loginkit.SecretValue;
import dev.loginkit.annotations.Attach;
import dev.loginkit.annotations.Field;

/**
 * A 1010data session: the session id plus the encrypted password that replaces the real one in
 * every later transaction (so it is a secret too). Both travel as query parameters on later
 * transactions ({@code @Attach}).
 *
 * @param sid the session id
 * @param encryptedPassword the password to send on later transactions
 * @param message the server's message, e.g. the last login time
 * @param version the 1010data version of the session
 */
public record TenTenSession(
    @Field(value = "sid", optional = true) @Attach("sid") String sid,
    @Field("pswd") @Attach("pswd") SecretValue encryptedPassword,
    @Field(value = "msg", optional = true) String message,
    @Field(value = "version", optional = true) String version) {}
