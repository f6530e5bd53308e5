package dev.loginkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a challenge is continued: the parameter that carries the caller's answer, values of the
 * challenge response to send back (a login token), and the operation the continuation goes to.
 */
final class ChallengeStep {
  final String answer;

  /** Wire name → body path of the challenge response. */
  final Map<String, String> echo = new LinkedHashMap<>();

  String continuePath;
  Operation continuation;

  ChallengeStep(String answer) {
    this.answer = answer;
  }

  boolean continuable() {
    return answer != null;
  }
}
