package dev.loginkit.internal;

import dev.loginkit.LoginResult;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;

/**
 * Classifies a documented sample response exactly as a call would, without any I/O; used by the
 * processor to check {@code @Example}s at compile time.
 */
public final class ExampleCheck {
  private static final HttpUrl EXAMPLE_URL = HttpUrl.get("https://example.invalid/");

  private ExampleCheck() {}

  /**
   * The outcome {@code op} gives for this response.
   *
   * @param contentType the response's content type, or {@code null}
   */
  public static <S> LoginResult<S> run(
      Operation op, int status, String contentType, byte[] body, SessionMapper<S> mapper) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    Headers headers = contentType == null ? Headers.of() : Headers.of("Content-Type", contentType);
    return ResponseInterpreter.interpret(
        op,
        op.format(),
        status,
        headers,
        EXAMPLE_URL,
        body,
        type == null ? null : type.charset(),
        mapper,
        Redactor.forSecrets(new Params()),
        null,
        null);
  }
}
