package dev.loginkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The body paths one operation reads, compiled once into a {@link PathState} matcher. A path is
 * {@code /}-separated names below the document root; {@code @name} is an XML attribute; {@code *}
 * matches any one element or field name; {@code .} is the whole (text) body.
 */
public final class PathSet {
  /** The path of a whole plain-text body. */
  public static final String WHOLE_BODY = ".";

  private static final String WILDCARD = "*";

  private final String[] paths;

  /** Per path, the index of its first {@code *} segment, or -1. */
  private final int[] firstWildcard;

  private final boolean hasWildcards;
  private final PathState root;

  private PathSet(String[] paths) {
    this.paths = paths;
    String[][] segments = new String[paths.length][];
    this.firstWildcard = new int[paths.length];
    boolean wildcards = false;
    for (int i = 0; i < paths.length; i++) {
      segments[i] = split(paths[i]);
      firstWildcard[i] = indexOf(segments[i], WILDCARD);
      wildcards |= firstWildcard[i] >= 0;
    }
    this.hasWildcards = wildcards;
    this.root = PathState.compile(segments);
  }

  private static int indexOf(String[] segments, String wanted) {
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].equals(wanted)) {
        return i;
      }
    }
    return -1;
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
    // Generated code asks with the very constants it declared the paths with: identity first.
    for (int i = 0; i < paths.length; i++) {
      if (paths[i] == path) {
        return i;
      }
    }
    for (int i = 0; i < paths.length; i++) {
      if (paths[i].equals(path)) {
        return i;
      }
    }
    return -1;
  }

  /** The matcher's state at the document root (the root element, the top-level JSON value). */
  PathState root() {
    return root;
  }

  /** Whether some path has a {@code *}, so readers must keep the names they descend through. */
  boolean hasWildcards() {
    return hasWildcards;
  }

  /**
   * The name a path's first {@code *} matched, given the names descended through, or {@code null}.
   */
  String wildcardName(int index, String[] names) {
    int at = firstWildcard[index];
    return at < 0 || names == null ? null : names[at];
  }
}
