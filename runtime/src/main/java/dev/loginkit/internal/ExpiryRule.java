package dev.loginkit.internal;

import dev.loginkit.annotations.Format;
import java.io.IOException;
import java.util.List;
import okhttp3.Response;

/** When a later response means "the session is gone": a status, or a value at a body path. */
public final class ExpiryRule {
  /** How much of a later body is looked at for an expiry code. */
  static final long PEEK_BYTES = 64 * 1024;

  /**
   * The syntax of a later body: what its content type says when that is JSON or XML (an API whose
   * format is chosen per call, like Sendloop's, answers either; XML only with Woodstox present),
   * else the declared one.
   */
  private Format formatOf(okhttp3.MediaType type) {
    String subtype = type == null ? "" : type.subtype();
    if (subtype.contains("json")) {
      return Format.JSON;
    }
    if (subtype.contains("xml")
        && format != Format.SOAP
        && format != Format.XML_RPC
        && XmlSupport.available()) {
      return Format.XML;
    }
    return format;
  }

  private final Rule statuses;
  private final Rule body;
  private final Format format;
  private final PathSet paths;

  /**
   * @param statuses statuses that mean expiry
   * @param format the syntax of later bodies
   * @param path a body path meaning expiry, or "" for none
   * @param values the values at {@code path} that mean expiry (none: present and non-empty)
   */
  public ExpiryRule(int[] statuses, Format format, String path, String... values) {
    this.statuses = statuses.length == 0 ? null : new Rule(statuses, "", new String[0]);
    this.body = path.isEmpty() ? null : new Rule(new int[0], path, values);
    this.format = format;
    this.paths = PathSet.of(List.of(path));
  }

  boolean expired(Response response) throws IOException {
    if (statuses != null && statuses.matches(response.code(), Document.empty(paths))) {
      return true;
    }
    if (body == null || response.body() == null) {
      return false;
    }
    okhttp3.ResponseBody peeked = response.peekBody(PEEK_BYTES);
    okhttp3.MediaType type = peeked.contentType();
    try {
      Document doc =
          ResponseInterpreter.decode(
              formatOf(type), peeked.bytes(), type == null ? null : type.charset(), paths);
      return body.matches(response.code(), doc);
    } catch (MalformedBodyException notThisSyntax) {
      return false;
    }
  }
}
