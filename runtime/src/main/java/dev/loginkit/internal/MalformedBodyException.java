package dev.loginkit.internal;

/** A body that does not parse as its declared format; the message holds no body content. */
final class MalformedBodyException extends Exception {
  private static final long serialVersionUID = 1L;

  MalformedBodyException(String message) {
    super(message, null, false, false);
  }
}
