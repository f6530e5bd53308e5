package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a credential. Its value never appears in a {@code toString()}, an exception message, a log
 * line or generated source; LoginKit replaces it by {@code ***} wherever it would be printed,
 * including inside error messages a server echoes back.
 *
 * <p>On a parameter it accepts a {@code String}; on a session record component the component's type
 * must be {@code dev.loginkit.SecretValue}, whose {@code toString()} is redacted.
 *
 * <pre>{@code
 * GatewaySession login(@Param("uid") String user, @Param("pswd") @Secret String password);
 *
 * record GatewaySession(@Field("sid") String id, @Field("pswd") @Secret Secret encryptedPassword) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Secret {}
