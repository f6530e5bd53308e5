package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compiled path matcher ({@link PathState}) against the plain definition of a path: a field's
 * names from the root, each segment equal or {@code *}; a path takes every scalar at or below it.
 */
class PathMatchingTest {

  private static Document json(String body, String... paths) throws MalformedBodyException {
    return JsonDocumentReader.read(
        body.getBytes(StandardCharsets.UTF_8), PathSet.of(List.of(paths)));
  }

  private static Document xml(String body, String... paths) throws MalformedBodyException {
    return XmlDocumentReader.read(
        body.getBytes(StandardCharsets.UTF_8), PathSet.of(List.of(paths)));
  }

  @Test
  void namedAndWildcardPathsThroughTheSameNameBothMatch() throws Exception {
    Document doc =
        json("{\"a\":{\"b\":\"1\",\"c\":\"2\"},\"x\":{\"c\":\"3\"}}", "a/b", "*/c", "*/b");
    assertEquals("1", doc.value("a/b"));
    assertEquals("1", doc.value("*/b"));
    assertEquals(List.of("2", "3"), doc.values("*/c"));
    assertEquals("a", doc.matchedName("*/c"));
  }

  @Test
  void wildcardNameIsTheFirstMatchedValues() throws Exception {
    Document doc =
        json("{\"errors\":{\"password\":\"too short\",\"email\":\"taken\"}}", "errors/*");
    assertEquals("too short", doc.value("errors/*"));
    assertEquals("password", doc.matchedName("errors/*"));
    assertEquals(List.of("too short", "taken"), doc.values("errors/*"));
  }

  @Test
  void pathsBelowAnotherPathStillMatchOnTheirOwn() throws Exception {
    Document doc = json("{\"user\":{\"id\":7,\"name\":\"ann\"}}", "user", "user/name");
    assertEquals("7", doc.value("user"));
    assertEquals("ann", doc.value("user/name"));
    assertTrue(doc.present("user"));
  }

  @Test
  void atSegmentIsAJsonFieldName() throws Exception {
    Document doc = json("{\"@type\":\"session\",\"id\":\"s1\"}", "@type");
    assertEquals("session", doc.value("@type"));
  }

  @Test
  void xmlWildcardMatchesElementsNotAttributes() throws Exception {
    Document doc =
        xml("<r><errors kind=\"form\"><password>too short</password></errors></r>", "errors/*");
    assertEquals("too short", doc.value("errors/*"));
    assertEquals("password", doc.matchedName("errors/*"));
  }

  @Test
  void xmlAttributeAndChildOfTheSameName() throws Exception {
    Document doc = xml("<r><s id=\"attr\"><id>child</id></s></r>", "s/@id", "s/id");
    assertEquals("attr", doc.value("s/@id"));
    assertEquals("child", doc.value("s/id"));
  }

  @Test
  void xmlTextSplitByCommentsIsJoined() throws Exception {
    Document doc = xml("<r><sid> ab<!-- c -->cd<![CDATA[ef]]> </sid></r>", "sid");
    assertEquals("abcdef", doc.value("sid"));
  }

  @Test
  void xmlTextBeforeAChildIsNotTheElementsValue() throws Exception {
    Document doc = xml("<r><a>text<b>inner</b>tail</a></r>", "a");
    assertEquals("inner", doc.value("a"));
  }

  @Test
  void unrelatedNamesLeadNowhere() {
    PathSet paths = PathSet.of(List.of("result/session/id", "error/code"));
    PathState result = paths.root().child("result");
    assertNotNull(result);
    assertNull(result.child("user"), "no path goes into result/user");
    assertNull(paths.root().child("gravatar"));
    assertFalse(result.wanted(), "no path takes a scalar at result itself");
    assertTrue(result.child("session").child("id").wanted());
  }

  @Test
  void belowACoveringPathEveryNameStaysInTheSameState() {
    PathSet paths = PathSet.of(List.of("user"));
    PathState below = paths.root().child("user").child("a");
    assertNotNull(below);
    assertSame(below, below.child("b").child("c"));
    assertTrue(below.wanted());
  }

  @Test
  void noPathsReadNothing() throws Exception {
    Document doc = json("{\"a\":{\"b\":1}}");
    assertTrue(doc.isEmpty());
    assertNull(PathSet.of(List.of()).root().child("a"));
  }

  /** Random documents and path sets: the reader agrees with the definition on every path. */
  @Test
  void agreesWithTheDefinitionOnRandomDocuments() throws Exception {
    Random random = new Random(20261122);
    String[] names = {"a", "b", "c", "id"};
    for (int round = 0; round < 3000; round++) {
      Object tree = randomObject(random, names, 0);
      List<String> paths = new ArrayList<>();
      int count = 1 + random.nextInt(5);
      for (int p = 0; p < count; p++) {
        StringBuilder path = new StringBuilder();
        int length = 1 + random.nextInt(3);
        for (int s = 0; s < length; s++) {
          path.append(s == 0 ? "" : "/")
              .append(random.nextInt(5) == 0 ? "*" : names[random.nextInt(names.length)]);
        }
        paths.add(path.toString());
      }
      String body = toJson(tree);
      Document doc = json(body, paths.toArray(new String[0]));
      for (String path : paths) {
        Expected expected = new Expected(path.split("/"));
        expected.walk(tree, new ArrayList<>());
        String where = path + " in " + body;
        assertEquals(expected.values, doc.values(path), where);
        assertEquals(expected.present, doc.present(path), where);
        assertEquals(expected.firstName, doc.matchedName(path), where);
      }
    }
  }

  /** The definition, walked over the tree directly. */
  private static final class Expected {
    final String[] segments;
    final List<String> values = new ArrayList<>();
    boolean present;
    String firstName;

    Expected(String[] segments) {
      this.segments = segments;
    }

    void walk(Object node, List<String> names) {
      if (node instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
          names.add((String) e.getKey());
          if (e.getValue() != null
              && names.size() == segments.length
              && prefixMatches(names, names.size())) {
            present = true;
          }
          walk(e.getValue(), names);
          names.remove(names.size() - 1);
        }
      } else if (node instanceof List<?> list) {
        for (Object element : list) {
          walk(element, names);
        }
      } else if (node != null
          && names.size() >= segments.length
          && prefixMatches(names, segments.length)) {
        if (values.isEmpty()) {
          present = true;
          for (int s = 0; s < segments.length; s++) {
            if (segments[s].equals("*")) {
              firstName = names.get(s);
              break;
            }
          }
        }
        values.add(node.toString());
      }
    }

    private boolean prefixMatches(List<String> names, int length) {
      for (int s = 0; s < length; s++) {
        if (!segments[s].equals("*") && !segments[s].equals(names.get(s))) {
          return false;
        }
      }
      return true;
    }
  }

  private static Object randomObject(Random random, String[] names, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    int fields = random.nextInt(4);
    for (int f = 0; f < fields; f++) {
      map.put(names[random.nextInt(names.length)], randomValue(random, names, depth + 1));
    }
    return map;
  }

  private static Object randomValue(Random random, String[] names, int depth) {
    int kind = depth > 3 ? 3 + random.nextInt(2) : random.nextInt(5);
    switch (kind) {
      case 0:
        return randomObject(random, names, depth);
      case 1:
        List<Object> list = new ArrayList<>();
        int size = random.nextInt(3);
        for (int i = 0; i < size; i++) {
          list.add(randomValue(random, names, depth + 1));
        }
        return list;
      case 2:
        return null;
      default:
        return "v" + random.nextInt(100);
    }
  }

  private static String toJson(Object node) {
    if (node instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("{");
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(out.length() == 1 ? "" : ",")
            .append('"')
            .append(e.getKey())
            .append("\":")
            .append(toJson(e.getValue()));
      }
      return out.append('}').toString();
    }
    if (node instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (Object element : list) {
        out.append(out.length() == 1 ? "" : ",").append(toJson(element));
      }
      return out.append(']').toString();
    }
    return node == null ? "null" : "\"" + node + "\"";
  }
}
