package dev.loginkit.internal;

/** "Status is one of these, and the value at a path is one of those (or merely present)". */
final class Rule {
  private final int[] statuses;
  private final String path;
  private final String[] accepted;

  Rule(int[] statuses, String path, String[] accepted) {
    this.statuses = statuses.clone();
    this.path = path == null ? "" : path;
    this.accepted = accepted.clone();
  }

  String path() {
    return path;
  }

  boolean matches(int status, Document doc) {
    if (statuses.length > 0 && !contains(statuses, status)) {
      return false;
    }
    if (path.isEmpty()) {
      return true;
    }
    String value = doc.value(path);
    if (value == null) {
      return false;
    }
    String trimmed = value.trim();
    if (accepted.length == 0) {
      return !trimmed.isEmpty();
    }
    for (String candidate : accepted) {
      if (candidate.equals(trimmed)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(int[] values, int wanted) {
    for (int value : values) {
      if (value == wanted) {
        return true;
      }
    }
    return false;
  }
}
