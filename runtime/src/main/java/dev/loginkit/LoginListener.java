package dev.loginkit;

/**
 * Told about every login of the clients configured with it ({@link
 * LoginClientConfig.Builder#listener}): each HTTP attempt, each declared retry, and each login's
 * outcome, with timings. Events never carry a secret, a URL, a message or a body: only names,
 * reasons, the provider's code (masked like every text LoginKit produces), the HTTP status and
 * durations.
 *
 * <pre>{@code
 * LoginClientConfig config = LoginClientConfig.builder()
 *     .listener(event -> {
 *       if (event.kind() == LoginEvent.Kind.LOGIN && event.outcome() == LoginEvent.Outcome.FAILURE) {
 *         alerts.count(event.api(), event.reason());
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Listeners are called on the thread that ends the step (the caller's, or OkHttp's dispatcher
 * for async logins), synchronously: keep them fast and non-blocking. A listener that throws does
 * not change the login. The module {@code loginkit-micrometer} binds these events to Micrometer.
 */
@FunctionalInterface
public interface LoginListener {
  /**
   * Called once per event.
   *
   * @param event what happened
   */
  void onEvent(LoginEvent event);
}
