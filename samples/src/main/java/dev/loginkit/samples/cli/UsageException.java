package dev.loginkit.samples.cli;

/** A command line LoginKit cannot act on; the message never quotes option values. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  /** With the message to print. */
  public UsageException(String message) {
    super(message);
  }
}
