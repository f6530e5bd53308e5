package dev.loginkit.internal;

import dev.loginkit.LoginResult;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Benchmark-only shim (same package name as the runtime's internals, on the class path only): runs
 * exactly what {@code LoginRuntime} runs once a response body is in memory — decode, classify, map —
 * without the per-call setup {@link ExampleCheck} adds for compile-time checks.
 */
public final class BenchAccess {
  private static final Headers NO_HEADERS = Headers.of();
  private static final HttpUrl URL = HttpUrl.get("https://api.example.com/login");
  private static final Redactor NO_SECRETS = Redactor.forSecrets(new Params());

  private BenchAccess() {}

  /** What {@code LoginRuntime} creates per call: the redactor for the call's secrets, which reads nothing yet. */
  public static Object redactorFor(Params params) {
    return Redactor.forSecrets(params);
  }

  /** A call's first redaction (a failure message, an excerpt, a log line): every spelling of its secrets is computed. */
  public static String firstRedaction(Params params, String text) {
    return Redactor.forSecrets(params).redact(text);
  }

  /** What {@code LoginRuntime} builds per call: the encoded request. */
  public static okhttp3.Request encode(Operation op, HttpUrl base, Params params) {
    return RequestEncoder.encode(op, base, params);
  }

  /** Decodes, classifies and maps {@code body} as {@code op} does after receiving it. */
  public static <S> LoginResult<S> interpret(Operation op, int status, byte[] body, SessionMapper<S> mapper) {
    return ResponseInterpreter.interpret(
        op, op.format(), status, NO_HEADERS, URL, body, null, mapper, NO_SECRETS, null, null);
  }
}
