package dev.loginkit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the names read so far lead, for one {@link PathSet}: a state of the matcher the path set
 * compiles to once. A reader holds the state of the element or field it is in; going one level down
 * is one hash lookup ({@link #child}), and a {@code null} child means nothing below matters, so the
 * reader skips it without materialising anything.
 */
final class PathState {
  /** Paths that end exactly here: present when this element or field is. */
  final int[] exact;

  /** Paths that end here or above: they take the scalars found here. */
  final int[] covering;

  /** For each attribute local name, the paths naming it as their last ({@code @name}) segment. */
  private final Map<String, int[]> attributes;

  private Map<String, PathState> named;
  private PathState other;

  private PathState(int[] exact, int[] covering, Map<String, int[]> attributes) {
    this.exact = exact;
    this.covering = covering;
    this.attributes = attributes;
  }

  /** The state below the child {@code name}, or {@code null} when no path leads there. */
  PathState child(String name) {
    PathState next = named.get(name);
    return next != null ? next : other;
  }

  /** Whether a scalar here is read by some path (else it need not be materialised). */
  boolean wanted() {
    return covering.length > 0;
  }

  /** Whether some path here names an attribute. */
  boolean readsAttributes() {
    return attributes != null;
  }

  /** The paths that read attribute {@code localName} here, or {@code null}. */
  int[] attribute(String localName) {
    return attributes == null ? null : attributes.get(localName);
  }

  /**
   * The start state for {@code segments} (one array of names per path; {@code *} matches any one
   * element or field name, {@code @name} also names an XML attribute).
   */
  static PathState compile(String[][] segments) {
    PathState root = new Compiler(segments).state(new int[segments.length]);
    if (root == null) { // no paths at all: nothing anywhere matters
      root = new PathState(new int[0], new int[0], null);
      root.named = Map.of();
    }
    return root;
  }

  /**
   * Subset construction over the paths: a state is, per path, how many of its segments the names
   * read so far match ({@link #DEAD} when they cannot, {@link #BELOW} when the path ended above).
   */
  private static final class Compiler {
    private static final int DEAD = -1;
    private static final String WILDCARD = "*";
    private final String[][] segments;
    private final Map<String, PathState> states = new HashMap<>();

    Compiler(String[][] segments) {
      this.segments = segments;
    }

    /** The state for {@code matched}, or {@code null} when every path is dead. */
    PathState state(int[] matched) {
      String key = Arrays.toString(matched);
      PathState known = states.get(key);
      if (known != null || states.containsKey(key)) {
        return known;
      }
      List<Integer> exact = new ArrayList<>();
      List<Integer> covering = new ArrayList<>();
      Map<String, List<Integer>> attributes = new HashMap<>();
      Set<String> names = new LinkedHashSet<>();
      for (int i = 0; i < matched.length; i++) {
        int k = matched[i];
        int length = segments[i].length;
        if (k == DEAD) {
          continue;
        }
        if (k >= length) {
          covering.add(i);
          if (k == length) {
            exact.add(i);
          }
          continue;
        }
        String segment = segments[i][k];
        if (!segment.equals(WILDCARD)) {
          names.add(segment);
        }
        if (k == length - 1 && segment.length() > 1 && segment.charAt(0) == '@') {
          String attribute = segment.substring(1);
          if (!attributes.containsKey(attribute)) {
            attributes.put(attribute, new ArrayList<>());
          }
          attributes.get(attribute).add(i);
        }
      }
      if (!anyAlive(matched)) {
        states.put(key, null);
        return null;
      }
      PathState state = new PathState(ints(exact), ints(covering), attributes(attributes));
      states.put(key, state);
      Map<String, PathState> named = new HashMap<>();
      for (String name : names) {
        PathState next = state(advance(matched, name));
        if (next != null) {
          named.put(name, next);
        }
      }
      state.named = Map.copyOf(named);
      state.other = state(advance(matched, null));
      return state;
    }

    private boolean anyAlive(int[] matched) {
      for (int k : matched) {
        if (k != DEAD) {
          return true;
        }
      }
      return false;
    }

    /** Each path's progress after reading {@code name} ({@code null}: a name no path spells). */
    private int[] advance(int[] matched, String name) {
      int[] next = new int[matched.length];
      for (int i = 0; i < matched.length; i++) {
        int k = matched[i];
        int length = segments[i].length;
        if (k == DEAD) {
          next[i] = DEAD;
        } else if (k >= length) {
          next[i] = length + 1;
        } else {
          String segment = segments[i][k];
          next[i] = segment.equals(WILDCARD) || segment.equals(name) ? k + 1 : DEAD;
        }
      }
      return next;
    }

    private static int[] ints(List<Integer> list) {
      int[] out = new int[list.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = list.get(i);
      }
      return out;
    }

    private static Map<String, int[]> attributes(Map<String, List<Integer>> byName) {
      if (byName.isEmpty()) {
        return null;
      }
      Map<String, int[]> out = new HashMap<>();
      for (Map.Entry<String, List<Integer>> e : byName.entrySet()) {
        out.put(e.getKey(), ints(e.getValue()));
      }
      return Map.copyOf(out);
    }
  }
}
