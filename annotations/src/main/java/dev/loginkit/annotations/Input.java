package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A parameter that is not sent on its own but feeds the method's {@link Composed} values, which
 * name it by its Java name. It is required ({@code null} is refused before anything is sent); it
 * may be a {@code String}, a {@code dev.loginkit.SecretValue}, a number, a boolean or an enum with
 * {@link WireValue}s.
 *
 * <pre>{@code
 * @Composed(name = "password", template = "{password}{securityToken}")
 * LoginResult<Session> login(@Param("username") String username,
 *     @Input @Secret String password, @Input @Secret String securityToken);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Input {}
