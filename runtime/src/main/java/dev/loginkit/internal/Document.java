package dev.loginkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The values of one response body at the paths of a {@link PathSet}: for each path, whether it was
 * present and its first scalar value. The same view whatever the syntax (JSON, XML or text), so
 * that one declaration reads either.
 */
public final class Document {
  private final PathSet paths;
  private final String[] values;

  /** Marks a path present without a value yet (compared by identity, never returned). */
  private static final String PRESENT = new String("");

  /** Values after the first, per path; allocated only when a path repeats. */
  private List<String>[] more;

  /** For paths with a {@code *}: the name it matched for the first value. */
  private String[] matchedNames;

  private boolean fault;
  private String faultCode;
  private String faultString;

  Document(PathSet paths) {
    this.paths = paths;
    this.values = new String[paths.size()];
  }

  /** A document with nothing in it (an empty body). */
  static Document empty(PathSet paths) {
    return new Document(paths);
  }

  /** The first scalar value at {@code path}, or {@code null}. */
  public String value(String path) {
    int i = paths.indexOf(path);
    return i < 0 ? null : valueAt(i);
  }

  /** Every scalar value at {@code path}, in document order (a JSON array, repeated elements). */
  public List<String> values(String path) {
    int i = paths.indexOf(path);
    if (i < 0 || valueAt(i) == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    out.add(values[i]);
    if (more != null && more[i] != null) {
      out.addAll(more[i]);
    }
    return out;
  }

  /** The name a {@code *} in {@code path} matched for its first value, or {@code null}. */
  public String matchedName(String path) {
    int i = paths.indexOf(path);
    return i < 0 || matchedNames == null ? null : matchedNames[i];
  }

  /** Whether the body is a SOAP or XML-RPC fault. */
  public boolean isFault() {
    return fault;
  }

  /** The fault's code (SOAP: the local name of the fault code), or {@code null}. */
  public String faultCode() {
    return faultCode;
  }

  /** The fault's text, or {@code null}. */
  public String faultString() {
    return faultString;
  }

  private String valueAt(int i) {
    String value = values[i];
    return value == PRESENT ? null : value;
  }

  void fault(String code, String string) {
    this.fault = true;
    this.faultCode = code;
    this.faultString = string;
  }

  /** Whether the body held none of the paths and is no fault: nothing the operation reads. */
  boolean isEmpty() {
    if (fault) {
      return false;
    }
    for (String v : values) {
      if (v != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code path} exists in the body (an empty element counts; JSON {@code null} does not).
   */
  public boolean present(String path) {
    int i = paths.indexOf(path);
    return i >= 0 && values[i] != null;
  }

  /** The element or field at {@code at} exists (and is not null or nil). */
  void markPresent(PathState at) {
    for (int i : at.exact) {
      if (values[i] == null) {
        values[i] = PRESENT;
      }
    }
  }

  /**
   * A scalar at {@code at}: the first value of every path ending there or above, later ones
   * collected. {@code names} are the names descended through (only kept when a path has a {@code
   * *}).
   */
  @SuppressWarnings("unchecked")
  void scalar(PathState at, String value, String[] names) {
    for (int i : at.covering) {
      if (valueAt(i) == null) {
        values[i] = value;
        String name = paths.wildcardName(i, names);
        if (name != null) {
          if (matchedNames == null) {
            matchedNames = new String[values.length];
          }
          matchedNames[i] = name;
        }
      } else {
        if (more == null) {
          more = newLists(values.length);
        }
        if (more[i] == null) {
          more[i] = new ArrayList<>(2);
        }
        more[i].add(value);
      }
    }
  }

  /** An attribute's value, for the paths naming that attribute itself (not its element's). */
  void attribute(int[] targets, String value) {
    for (int i : targets) {
      if (valueAt(i) == null) {
        values[i] = value;
      }
    }
  }

  @Override
  public String toString() {
    // Values may be secrets: print only which paths were found.
    StringBuilder out = new StringBuilder("Document[");
    for (int i = 0; i < values.length; i++) {
      out.append(i == 0 ? "" : ", ")
          .append(paths.path(i))
          .append(values[i] != null ? "=…" : " absent");
    }
    return out.append(']').toString();
  }

  /** A generic array: Java cannot create one without a raw type. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static List<String>[] newLists(int length) {
    return new List[length];
  }
}
