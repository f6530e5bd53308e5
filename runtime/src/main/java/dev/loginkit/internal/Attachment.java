package dev.loginkit.internal;

import dev.loginkit.Secret;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** The later request a session is attached to; {@code null} values are skipped. */
public final class Attachment {
  private final Request.Builder request;
  private final HttpUrl.Builder url;
  private final StringBuilder cookies;

  Attachment(Request original) {
    this.request = original.newBuilder();
    this.url = original.url().newBuilder();
    String existing = original.header("Cookie");
    this.cookies = new StringBuilder(existing == null ? "" : existing);
  }

  /** Sets query parameter {@code name}. */
  public Attachment query(String name, Object value) {
    if (value != null) {
      url.setQueryParameter(name, text(value));
    }
    return this;
  }

  /** Sets header {@code name} to {@code prefix + value}. */
  public Attachment header(String name, String prefix, Object value) {
    if (value != null) {
      request.header(name, prefix + text(value));
    }
    return this;
  }

  /** Adds cookie {@code name}. */
  public Attachment cookie(String name, Object value) {
    if (value != null) {
      cookies.append(cookies.length() == 0 ? "" : "; ").append(name).append('=').append(text(value));
    }
    return this;
  }

  Request build() {
    if (cookies.length() > 0) {
      request.header("Cookie", cookies.toString());
    }
    return request.url(url.build()).build();
  }

  private static String text(Object value) {
    return value instanceof Secret secret ? secret.reveal() : value.toString();
  }
}
