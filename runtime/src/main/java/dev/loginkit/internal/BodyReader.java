package dev.loginkit.internal;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads a response body into memory, refusing more than a cap (checked before and while reading).
 */
final class BodyReader {
  private BodyReader() {}

  /** The body was larger than allowed. */
  static final class TooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    TooLargeException(long max) {
      super("response body larger than " + max + " bytes", null, false, false);
    }
  }

  static byte[] read(ResponseBody body, long max) throws IOException, TooLargeException {
    if (body == null) {
      return new byte[0];
    }
    if (body.contentLength() > max) {
      throw new TooLargeException(max);
    }
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (source.read(buffer, 8192) != -1) {
      if (buffer.size() > max) {
        throw new TooLargeException(max);
      }
    }
    return buffer.readByteArray();
  }
}
