package dev.loginkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose methods are login calls to one remote service; the processor generates
 * an implementation named after it ({@code AcmeLogin} becomes {@code AcmeLoginClient}).
 *
 * <pre>{@code
 * @LoginApi(baseUrl = "https://my.interserver.net")
 * public interface InterServerLogin {
 *   @Post(value = "/apiv2/login", body = BodyEncoding.JSON)
 *   InterServerSession login(@Param("login") String login, @Param("passwd") @Secret String password);
 * }
 *
 * InterServerSession session = new InterServerLoginClient().login("me@example.com", password);
 * }</pre>
 *
 * <p>The base URL may be replaced at run time (for a test server, say) through the client's
 * configuration; the path declared on each method is always kept.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface LoginApi {
  /**
   * {@return the service's absolute base URL, {@code http} or {@code https}, e.g. {@code
   * "https://api.example.com"}}
   */
  String baseUrl();

  /**
   * Acknowledges that this API demands a secret in the URL query string (some do, e.g. 1010data's
   * {@code gw.k?pswd=…}). Without it the processor warns about every {@link Secret} sent in a query
   * string. LoginKit still redacts such values from every URL it prints.
   *
   * @return whether this API is acknowledged to demand a secret in the URL query string
   */
  boolean secretsInQuery() default false;
}
