package dev.loginkit.internal;

import dev.loginkit.LoginFailure;

/** What {@link Operation#classify} decided: success, or a challenge or failure with its details. */
final class Verdict {
  enum Kind {
    SUCCESS,
    CHALLENGE,
    FAILURE
  }

  private static final Verdict SUCCESS = new Verdict(Kind.SUCCESS, null, null, null);

  final Kind kind;
  final LoginFailure failure;

  /** For a challenge: how it is continued, or {@code null}. */
  final ChallengeStep step;

  /** For a challenge: the values of the response to send back with the answer. */
  final java.util.Map<String, String> echoed;

  private Verdict(
      Kind kind, LoginFailure failure, ChallengeStep step, java.util.Map<String, String> echoed) {
    this.kind = kind;
    this.failure = failure;
    this.step = step;
    this.echoed = echoed;
  }

  static Verdict success() {
    return SUCCESS;
  }

  static Verdict challenge(
      LoginFailure details, ChallengeStep step, java.util.Map<String, String> echoed) {
    return new Verdict(Kind.CHALLENGE, details, step, echoed);
  }

  static Verdict failure(LoginFailure failure) {
    return new Verdict(Kind.FAILURE, failure, null, null);
  }
}
