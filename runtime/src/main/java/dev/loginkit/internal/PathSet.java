package dev.loginkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The body paths one operation reads, compiled once. A path is {@code /}-separated names below the
 * document root; {@code @name} is an XML attribute; {@code *} matches any one name; {@code .} is
 * the whole (text) body.
 */
public final class PathSet {
  /** The path of a whole plain-text body. */
  public static final String WHOLE_BODY = ".";

  private final String[] paths;
  private final String[][] segments;

  private PathSet(String[] paths) {
    this.paths = paths;
    this.segments = new String[paths.length][];
    for (int i = 0; i < paths.length; i++) {
      segments[i] = split(paths[i]);
    }
  }

  /** The distinct non-empty paths, in first-seen order. */
  public static PathSet of(List<String> paths) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String path : paths) {
      if (path != null && !path.isEmpty()) {
        distinct.add(path);
      }
    }
    return new PathSet(distinct.toArray(new String[0]));
  }

  /** Splits {@code a/b/@c} into its segments; {@code .} has none. */
  static String[] split(String path) {
    if (path.equals(WHOLE_BODY)) {
      return new String[0];
    }
    List<String> out = new ArrayList<>();
    for (String part : path.split("/", -1)) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out.toArray(new String[0]);
  }

  int size() {
    return paths.length;
  }

  String path(int index) {
    return paths[index];
  }

  int indexOf(String path) {
    for (int i = 0; i < paths.length; i++) {
      if (paths[i].equals(path)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether target {@code i} is {@code stack[0..depth)} itself. */
  boolean isExactly(int i, String[] stack, int depth) {
    String[] target = segments[i];
    return target.length == depth && startsWith(stack, target, depth);
  }

  /** Whether target {@code i} is {@code stack[0..depth)} or one of its ancestors. */
  boolean covers(int i, String[] stack, int depth) {
    String[] target = segments[i];
    return target.length <= depth && startsWith(stack, target, target.length);
  }

  /** Whether some target lies at, above or below {@code stack[0..depth)}: the subtree matters. */
  boolean relevant(String[] stack, int depth) {
    for (String[] target : segments) {
      if (startsWith(stack, target, Math.min(target.length, depth))) {
        return true;
      }
    }
    return false;
  }

  /** The name matched by the first {@code *} of target {@code i}, given a stack it covers. */
  String wildcardName(int i, String[] stack) {
    String[] target = segments[i];
    for (int s = 0; s < target.length; s++) {
      if (target[s].equals(WILDCARD)) {
        return stack[s];
      }
    }
    return null;
  }

  private static final String WILDCARD = "*";

  private static boolean startsWith(String[] stack, String[] target, int length) {
    for (int i = 0; i < length; i++) {
      if (!target[i].equals(stack[i]) && !target[i].equals(WILDCARD)) {
        return false;
      }
    }
    return true;
  }
}
