package dev.loginkit.internal;

import java.io.IOException;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Response;

/**
 * The network interceptor nearest the wire: refuses an HTTP/1 answer whose framing is ambiguous
 * (RFC 9112 §6.3) before any body byte is read, and an interim {@code 1xx} status. OkHttp would
 * read a body whose {@code Content-Length} is repeated, non-numeric or out of range until the
 * connection closes, and fails on a negative one with an unchecked exception; a login takes none of
 * those as its answer. The refused answer's connection is closed, not drained.
 */
final class Framing implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IllegalArgumentException e) { // OkHttp's body source refusing a negative length
      chain.call().cancel();
      throw new ViolationException("invalid response framing", 0);
    }
    String violation = violation(response);
    if (violation != null) {
      chain.call().cancel();
      try {
        response.close();
      } catch (RuntimeException negativeLength) {
        // closing tries to discard the body, and OkHttp fails on a negative length; the socket is
        // closed
      }
      throw new ViolationException(violation, response.code());
    }
    return response;
  }

  /** What is wrong with {@code response}'s framing, or {@code null} when nothing is. */
  static String violation(Response response) {
    int code = response.code();
    if (code < 200 || code > 599) {
      return "HTTP status " + code + " is not a final answer to a login";
    }
    if (response.protocol() != Protocol.HTTP_1_0 && response.protocol() != Protocol.HTTP_1_1) {
      return null; // HTTP/2 frames each stream itself
    }
    List<String> lengths = response.headers("Content-Length");
    List<String> encodings = response.headers("Transfer-Encoding");
    if (!encodings.isEmpty()) {
      if (encodings.size() > 1 || !encodings.get(0).trim().equalsIgnoreCase("chunked")) {
        return "unsupported Transfer-Encoding (only a single 'chunked' is accepted)";
      }
      if (!lengths.isEmpty()) {
        return "both Transfer-Encoding and Content-Length: the body's length is ambiguous";
      }
      return null;
    }
    if (lengths.size() > 1) {
      return "more than one Content-Length header: the body's length is ambiguous";
    }
    if (lengths.size() == 1 && !isLength(lengths.get(0))) {
      return "invalid Content-Length header";
    }
    return null;
  }

  /** 1 to 18 ASCII digits: any larger length does not fit a {@code long}, and no login needs it. */
  private static boolean isLength(String value) {
    int n = value.length();
    if (n == 0 || n > 18) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** An answer refused for its framing: a {@code PROTOCOL_ERROR}, not a transport failure. */
  static final class ViolationException extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;

    ViolationException(String message, int status) {
      super(message);
      this.status = status;
    }
  }
}
