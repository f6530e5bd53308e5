package dev.loginkit.internal;

import dev.loginkit.LoginFailure;

/** What {@link Operation#classify} decided: success, or a challenge or failure with its details. */
final class Verdict {
  enum Kind { SUCCESS, CHALLENGE, FAILURE }

  private static final Verdict SUCCESS = new Verdict(Kind.SUCCESS, null);

  final Kind kind;
  final LoginFailure failure;

  private Verdict(Kind kind, LoginFailure failure) {
    this.kind = kind;
    this.failure = failure;
  }

  static Verdict success() {
    return SUCCESS;
  }

  static Verdict challenge(LoginFailure details) {
    return new Verdict(Kind.CHALLENGE, details);
  }

  static Verdict failure(LoginFailure failure) {
    return new Verdict(Kind.FAILURE, failure);
  }
}
