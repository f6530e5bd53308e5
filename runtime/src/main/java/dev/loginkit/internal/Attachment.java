package dev.loginkit.internal;

import dev.loginkit.Secret;
import dev.loginkit.SecretValue;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/** The later request a session is attached to; {@code null} values are skipped. */
public final class Attachment {
  private final Request original;
  private final Request.Builder request;
  private final HttpUrl.Builder url;
  private final StringBuilder cookies;

  /** XML-RPC struct members to add, escaped as every LoginKit XML body is ({@link XmlText}). */
  private final Buffer members = new Buffer();

  Attachment(Request original) {
    this.original = original;
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
      cookies
          .append(cookies.length() == 0 ? "" : "; ")
          .append(name)
          .append('=')
          .append(text(value));
    }
    return this;
  }

  /**
   * Adds struct member {@code name} to an XML-RPC call: into its first struct parameter, or as a
   * new first parameter holding a struct when it has none. Requests that are not XML-RPC calls are
   * left as they are.
   */
  public Attachment member(String name, Object value) {
    if (value != null) {
      members.writeUtf8("<member><name>");
      XmlText.text(members, name);
      members.writeUtf8("</name><value><string>");
      XmlText.text(members, text(value));
      members.writeUtf8("</string></value></member>");
    }
    return this;
  }

  Request build() throws IOException {
    if (cookies.length() > 0) {
      request.header("Cookie", cookies.toString());
    }
    if (members.size() > 0) {
      addMembers();
    }
    return request.url(url.build()).build();
  }

  private void addMembers() throws IOException {
    RequestBody body = original.body();
    if (body == null
        || body.contentType() == null
        || !body.contentType().subtype().contains("xml")) {
      return;
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    String xml = buffer.readUtf8();
    int params = xml.indexOf("<params>");
    if (!xml.contains("<methodCall>") || params < 0) {
      return;
    }
    int struct = xml.indexOf("<struct>", params);
    int firstParam = xml.indexOf("<param>", params);
    String added = members.readUtf8();
    String rewritten =
        struct >= 0 && (firstParam < 0 || struct < xml.indexOf("</param>", firstParam))
            ? xml.substring(0, struct + 8) + added + xml.substring(struct + 8)
            : xml.substring(0, params + 8)
                + "<param><value><struct>"
                + added
                + "</struct></value></param>"
                + xml.substring(params + 8);
    request.method(original.method(), RequestBody.create(rewritten, body.contentType()));
  }

  @SuppressWarnings("deprecation") // the former name of SecretValue, still accepted
  private static String text(Object value) {
    if (value instanceof SecretValue secret) {
      return secret.reveal();
    }
    return value instanceof Secret legacy ? legacy.reveal() : value.toString();
  }
}
