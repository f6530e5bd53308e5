package dev.loginkit.internal;

import java.util.Arrays;

/**
 * The values of one response body at the paths of a {@link PathSet}: for each path, whether it was
 * present and its first scalar value. The same view whatever the syntax (JSON, XML or text), so that
 * one declaration reads either.
 */
public final class Document {
  private final PathSet paths;
  private final String[] values;
  private final boolean[] present;

  Document(PathSet paths) {
    this.paths = paths;
    this.values = new String[paths.size()];
    this.present = new boolean[paths.size()];
  }

  /** A document with nothing in it (an empty body). */
  static Document empty(PathSet paths) {
    return new Document(paths);
  }

  /** The first scalar value at {@code path}, or {@code null}. */
  public String value(String path) {
    int i = paths.indexOf(path);
    return i < 0 ? null : values[i];
  }

  /** Whether {@code path} exists in the body (an empty element counts; JSON {@code null} does not). */
  public boolean present(String path) {
    int i = paths.indexOf(path);
    return i >= 0 && present[i];
  }

  void markPresent(String[] stack, int depth) {
    for (int i = 0; i < present.length; i++) {
      if (!present[i] && paths.isExactly(i, stack, depth)) {
        present[i] = true;
      }
    }
  }

  void scalar(String[] stack, int depth, String value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null && paths.covers(i, stack, depth)) {
        values[i] = value;
        present[i] = true;
      }
    }
  }

  boolean complete() {
    for (String value : values) {
      if (value == null) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    // Values may be secrets: print only which paths were found.
    StringBuilder out = new StringBuilder("Document[");
    for (int i = 0; i < values.length; i++) {
      out.append(i == 0 ? "" : ", ").append(paths.path(i)).append(present[i] ? "=…" : " absent");
    }
    return out.append(']').toString();
  }

  String[] valuesForTest() {
    return Arrays.copyOf(values, values.length);
  }
}
