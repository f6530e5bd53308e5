package dev.loginkit.internal;

import dev.loginkit.LoginFailure;
import dev.loginkit.LoginProtocolException;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Turns a received response (status, headers, body bytes) into exactly one {@link LoginResult}.
 * Free of I/O, so the same code can check sample responses outside a call.
 */
final class ResponseInterpreter {
  static final int EXCERPT_CHARS = 120;

  private ResponseInterpreter() {}

  static <S> LoginResult<S> interpret(
      Operation op,
      Format format,
      int status,
      Headers headers,
      HttpUrl url,
      byte[] body,
      Charset charset,
      SessionMapper<S> mapper,
      Redactor redactor,
      LoginRuntime runtime,
      Params params) {
    boolean ok = status >= 200 && status < 300;
    Document doc;
    try {
      doc = decode(op, format, body, charset);
    } catch (MalformedBodyException e) {
      String excerpt = excerpt(body, charset, redactor);
      if (ok) {
        return new LoginResult.Failure<>(
            new LoginFailure(
                FailureReason.PROTOCOL_ERROR,
                null,
                e.getMessage() + "; body starts: " + excerpt,
                null,
                status,
                contentType(headers)));
      }
      // An error page in the wrong syntax: the status still says what happened.
      return new LoginResult.Failure<>(
          new LoginFailure(op.statusReason(status), null, excerpt, null, status, null));
    }
    Verdict verdict = op.classify(status, doc, redactor);
    if (verdict.kind == Verdict.Kind.CHALLENGE) {
      return new LoginResult.Challenge<>(
          verdict.failure,
          verdict.step == null || !verdict.step.continuable() || runtime == null
              ? null
              : new Resume<>(
                  runtime,
                  verdict.step.continuation != null ? verdict.step.continuation : op,
                  params.withSecrets(verdict.echoed),
                  mapper,
                  format,
                  verdict.step.answer));
    }
    if (verdict.kind == Verdict.Kind.FAILURE) {
      if (ok && verdict.failure.reason() == FailureReason.UNKNOWN && doc.isEmpty()) {
        // A 2xx carrying none of what the operation reads: an empty body, an HTML page that
        // happens to parse, another root element. Not an unknown refusal but a protocol failure.
        return new LoginResult.Failure<>(
            new LoginFailure(
                FailureReason.PROTOCOL_ERROR,
                null,
                (isBlank(body)
                    ? "successful response has an empty body"
                    : "successful response has none of the expected fields; body starts: "
                        + excerpt(body, charset, redactor)),
                null,
                status,
                contentType(headers)));
      }
      return new LoginResult.Failure<>(verdict.failure);
    }
    try {
      return new LoginResult.Success<>(mapper.map(new Reply(status, headers, url, doc)));
    } catch (LoginProtocolException e) {
      LoginFailure missing = e.failure();
      return new LoginResult.Failure<>(
          LoginFailure.of(FailureReason.PROTOCOL_ERROR, missing.message(), status));
    }
  }

  private static String excerpt(byte[] body, Charset charset, Redactor redactor) {
    return redactor.excerpt(new String(body, charset(charset)), EXCERPT_CHARS);
  }

  /** Detail key of a protocol error: the response's {@code Content-Type}, when it named one. */
  static final String CONTENT_TYPE = "contentType";

  /** {@code {contentType=text/html}} (printable, at most 60 characters), or no details. */
  private static Map<String, String> contentType(Headers headers) {
    String type = headers == null ? null : headers.get("Content-Type");
    if (type == null) {
      return Map.of();
    }
    StringBuilder safe = new StringBuilder();
    for (int i = 0; i < type.length() && safe.length() < 60; i++) {
      char c = type.charAt(i);
      safe.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return Map.of(CONTENT_TYPE, safe.toString());
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  static Document decode(Operation op, Format format, byte[] raw, Charset charset)
      throws MalformedBodyException {
    return decode(format, raw, charset, op.paths());
  }

  /** {@code raw} in {@code format}, keeping the values at {@code paths}. */
  static Document decode(Format format, byte[] raw, Charset charset, PathSet paths)
      throws MalformedBodyException {
    byte[] body = format == Format.TEXT ? raw : toUtf8(raw, charset, format != Format.JSON);
    if (format == Format.XML) {
      return XmlDocumentReader.read(body, paths);
    }
    if (format == Format.SOAP) {
      return SoapDocumentReader.read(body, paths);
    }
    if (format == Format.XML_RPC) {
      return XmlRpcDocumentReader.read(body, paths);
    }
    if (format == Format.TEXT) {
      Document doc = new Document(paths);
      String text = new String(body, charset(charset)).trim();
      doc.markPresent(paths.root());
      doc.scalar(paths.root(), text, null);
      return doc;
    }
    return JsonDocumentReader.read(body, paths);
  }

  /**
   * Parsers read UTF-8 (and XML its own declaration); a body the HTTP header declares in another
   * charset is transcoded first, unless it is XML naming its encoding itself.
   */
  private static byte[] toUtf8(byte[] body, Charset declared, boolean xml) {
    if (declared == null
        || declared.equals(StandardCharsets.UTF_8)
        || declared.name().startsWith("UTF-")) {
      return body;
    }
    if (xml && declaresEncoding(body)) {
      return body;
    }
    return new String(body, declared).getBytes(StandardCharsets.UTF_8);
  }

  private static boolean declaresEncoding(byte[] body) {
    int end = Math.min(body.length, 100);
    String start = new String(body, 0, end, StandardCharsets.ISO_8859_1);
    int close = start.indexOf("?>");
    return start.startsWith("<?xml") && close > 0 && start.substring(0, close).contains("encoding");
  }

  private static Charset charset(Charset declared) {
    return declared == null ? StandardCharsets.UTF_8 : declared;
  }
}
