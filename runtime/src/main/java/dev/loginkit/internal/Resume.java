package dev.loginkit.internal;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.Format;
import java.util.function.Function;

/**
 * The continuation of a challenged login: the same operation, the original parameters plus the
 * answer. Holds the credentials only as long as the caller keeps the challenge; never prints them.
 */
final class Resume<S> implements Function<String, LoginResult<S>> {
  private final LoginRuntime runtime;
  private final Operation op;
  private final Params params;
  private final SessionMapper<S> mapper;
  private final Format format;
  private final String answerName;

  Resume(
      LoginRuntime runtime,
      Operation op,
      Params params,
      SessionMapper<S> mapper,
      Format format,
      String answerName) {
    this.runtime = runtime;
    this.op = op;
    this.params = params;
    this.mapper = mapper;
    this.format = format;
    this.answerName = answerName;
  }

  @Override
  public LoginResult<S> apply(String answer) {
    return runtime.execute(
        op,
        params.withSecret(answerName, answer),
        mapper,
        format,
        dev.loginkit.LoginEvent.Trigger.CHALLENGE_ANSWER);
  }

  @Override
  public String toString() {
    return "Resume[" + op + " with " + answerName + "]";
  }
}
