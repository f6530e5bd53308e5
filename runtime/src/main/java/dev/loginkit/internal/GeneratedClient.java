package dev.loginkit.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class written by the LoginKit processor, in the class file too (unlike {@code
 * javax.annotation.processing.Generated}, which is source-only), so tools such as coverage
 * reporters and static analysers can skip generated clients.
 *
 * <pre>{@code
 * @GeneratedClient(TenTenLogin.class)
 * public final class TenTenLoginClient implements TenTenLogin { … }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GeneratedClient {
  /** The interface the client implements. */
  Class<?> value();
}
