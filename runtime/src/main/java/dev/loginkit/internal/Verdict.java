package dev.loginkit.internal;

import dev.loginkit.LoginFailure;

/** What {@link Operation#classify} decided: success, or a challenge or failure with its details. */
final class Verdict {
  enum Kind { SUCCESS, CHALLENGE, FAILURE }

  private static final Verdict SUCCESS = new Verdict(Kind.SUCCESS, null, null);

  final Kind kind;
  final LoginFailure failure;
  /** For a challenge: the wire name of the parameter that answers it, or {@code null}. */
  final String answer;

  private Verdict(Kind kind, LoginFailure failure, String answer) {
    this.kind = kind;
    this.failure = failure;
    this.answer = answer;
  }

  static Verdict success() {
    return SUCCESS;
  }

  static Verdict challenge(LoginFailure details, String answer) {
    return new Verdict(Kind.CHALLENGE, details, answer);
  }

  static Verdict failure(LoginFailure failure) {
    return new Verdict(Kind.FAILURE, failure, null);
  }
}
