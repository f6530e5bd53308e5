package dev.loginkit.samples.sendloop;

import dev.loginkit.SecretValue;
import dev.loginkit.annotations.Field;

/**
 * Sendloop's {@code UserInfo} record; its {@code APIKey} echoes a credential, so it is a {@link
 * SecretValue}.
 *
 * @param subdomain the account's subdomain
 * @param memberSince when the account was opened, as Sendloop writes it
 * @param firstName first name
 * @param lastName last name
 * @param email e-mail address
 * @param companyName company
 * @param timeZone the account's time zone
 * @param apiKey the account's API key
 * @param language interface language
 */
public record UserInfo(
    @Field(value = "Subdomain", optional = true) String subdomain,
    @Field(value = "MemberSince", optional = true) String memberSince,
    @Field(value = "FirstName", optional = true) String firstName,
    @Field(value = "LastName", optional = true) String lastName,
    @Field(value = "Email", optional = true) String email,
    @Field(value = "CompanyName", optional = true) String companyName,
    @Field(value = "TimeZone", optional = true) String timeZone,
    @Field(value = "APIKey", optional = true) SecretValue apiKey,
    @Field(value = "Language", optional = true) String language) {}
