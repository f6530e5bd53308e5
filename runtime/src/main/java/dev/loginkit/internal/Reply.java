package dev.loginkit.internal;

import dev.loginkit.LoginFailure;
import dev.loginkit.LoginProtocolException;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.From;
import okhttp3.Cookie;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** A successful response as a {@link SessionMapper} sees it: body paths, headers, cookies. */
public final class Reply {
  private final int status;
  private final Headers headers;
  private final HttpUrl url;
  private final Document body;

  Reply(int status, Headers headers, HttpUrl url, Document body) {
    this.status = status;
    this.headers = headers;
    this.url = url;
    this.body = body;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /**
   * The value named {@code name} in {@code from}; {@code null} when absent and not required.
   *
   * @throws LoginProtocolException when absent and required
   */
  public String get(From from, String name, boolean required) {
    String value =
        from == From.HEADER
            ? headers.get(name)
            : from == From.COOKIE ? cookie(name) : body.value(name);
    if (value == null && required) {
      throw missing(from, name);
    }
    return value;
  }

  private String cookie(String name) {
    for (Cookie cookie : Cookie.parseAll(url, headers)) {
      if (cookie.name().equals(name)) {
        return cookie.value();
      }
    }
    return null;
  }

  static LoginProtocolException missing(From from, String name) {
    String where =
        from == From.BODY ? "body field '" : from == From.HEADER ? "header '" : "cookie '";
    return new LoginProtocolException(
        LoginFailure.of(
            FailureReason.PROTOCOL_ERROR, "successful response lacks " + where + name + "'", 0));
  }
}
