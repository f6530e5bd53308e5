package dev.loginkit.samples.cli;

import dev.loginkit.LoginException;
import dev.loginkit.LoginResult;
import java.util.function.Supplier;

/** Turns a session-returning login into a result value, for printing. */
public final class Results {
  private Results() {}

  /** The session as a success, or the thrown {@link LoginException} as a challenge or failure. */
  public static LoginResult<?> of(Supplier<?> login) {
    try {
      return new LoginResult.Success<>(login.get());
    } catch (dev.loginkit.LoginChallengeException e) {
      return new LoginResult.Challenge<>(e.failure());
    } catch (LoginException e) {
      return new LoginResult.Failure<>(e.failure(), e.getCause());
    }
  }
}
