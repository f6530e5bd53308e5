package dev.loginkit.micrometer;

import dev.loginkit.LoginEvent;
import dev.loginkit.LoginListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Objects;

/**
 * Records LoginKit's {@link LoginEvent}s in a Micrometer {@link MeterRegistry}:
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>meter</th><th>type</th><th>tags</th><th>one per</th></tr>
 *   <tr><td>{@code loginkit.login}</td><td>timer</td>
 *       <td>{@code api, operation, outcome, reason, trigger}</td><td>login, from the call of the login
 *       method to its outcome (a declared retry included)</td></tr>
 *   <tr><td>{@code loginkit.login.attempts}</td><td>timer</td>
 *       <td>{@code api, operation, outcome, reason}</td><td>HTTP attempt</td></tr>
 *   <tr><td>{@code loginkit.login.retries}</td><td>counter</td>
 *       <td>{@code api, operation, reason}</td><td>declared {@code @RetryOnce} sent, by the reason
 *       that triggered it</td></tr>
 *   <tr><td>{@code loginkit.login.challenges}</td><td>counter</td>
 *       <td>{@code api, operation, reason}</td><td>login that ended in a challenge</td></tr>
 *   <tr><td>{@code loginkit.login.relogins}</td><td>counter</td>
 *       <td>{@code api, operation, outcome, reason}</td><td>re-login for an expired session</td></tr>
 * </table>
 *
 * <p>Tag values: {@code api} is the login interface's simple name, {@code operation} its method;
 * {@code outcome} is {@code success}, {@code challenge} or {@code failure}; {@code reason} the
 * lower-case {@code FailureReason} ({@code invalid_credentials}, …) or {@code none}; {@code
 * trigger} is {@code call}, {@code challenge_answer} or {@code relogin}. The provider's code is not
 * a tag (its values are unbounded); no tag ever holds a secret.
 *
 * <pre>{@code
 * LoginClientConfig config = LoginClientConfig.builder()
 *     .listener(new LoginMetrics(meterRegistry))
 *     .build();
 * }</pre>
 */
public final class LoginMetrics implements LoginListener {
  /** Timer of whole logins. */
  public static final String LOGINS = "loginkit.login";

  /** Timer of HTTP attempts. */
  public static final String ATTEMPTS = "loginkit.login.attempts";

  /** Counter of declared retries sent. */
  public static final String RETRIES = "loginkit.login.retries";

  /** Counter of logins that ended in a challenge. */
  public static final String CHALLENGES = "loginkit.login.challenges";

  /** Counter of re-logins for expired sessions. */
  public static final String RELOGINS = "loginkit.login.relogins";

  private final MeterRegistry registry;
  private final Tags common;

  /**
   * Records into {@code registry}.
   *
   * @param registry where the meters are registered
   */
  public LoginMetrics(MeterRegistry registry) {
    this(registry, Tags.empty());
  }

  /**
   * Records into {@code registry}, adding {@code tags} to every meter.
   *
   * @param registry where the meters are registered
   * @param tags added to every meter (an application or environment name, say)
   */
  public LoginMetrics(MeterRegistry registry, Iterable<Tag> tags) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.common = Tags.of(Objects.requireNonNull(tags, "tags"));
  }

  @Override
  public void onEvent(LoginEvent event) {
    Tags base = common.and("api", event.api(), "operation", event.operation());
    String reason = event.reason() == null ? "none" : lower(event.reason());
    switch (event.kind()) {
      case ATTEMPT:
        Timer.builder(ATTEMPTS)
            .description("LoginKit HTTP attempts of a login")
            .tags(base.and("outcome", lower(event.outcome()), "reason", reason))
            .register(registry)
            .record(event.duration());
        break;
      case RETRY:
        Counter.builder(RETRIES)
            .description("Declared @RetryOnce retries sent")
            .tags(base.and("reason", reason))
            .register(registry)
            .increment();
        break;
      case LOGIN:
        Tags outcome = base.and("outcome", lower(event.outcome()), "reason", reason);
        Timer.builder(LOGINS)
            .description("LoginKit logins, from the call of the login method to its outcome")
            .tags(outcome.and("trigger", lower(event.trigger())))
            .register(registry)
            .record(event.duration());
        if (event.outcome() == LoginEvent.Outcome.CHALLENGE) {
          Counter.builder(CHALLENGES)
              .description("Logins that ended in a challenge")
              .tags(base.and("reason", reason))
              .register(registry)
              .increment();
        }
        if (event.trigger() == LoginEvent.Trigger.RELOGIN) {
          Counter.builder(RELOGINS)
              .description("Re-logins for expired sessions")
              .tags(outcome)
              .register(registry)
              .increment();
        }
        break;
      default:
        break;
    }
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "LoginMetrics[" + registry.getClass().getSimpleName() + "]";
  }
}
