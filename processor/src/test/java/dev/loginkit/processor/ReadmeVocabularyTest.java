package dev.loginkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Repeatable;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's vocabulary table names every annotation users write with exactly its members, so
 * that the table cannot drift from the annotations (it once listed members that did not exist).
 */
class ReadmeVocabularyTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern ANNOTATION = Pattern.compile("@(\\w+)(?:\\(([^)]*)\\))?");

  @Test
  void theTableListsEveryAnnotationWithExactlyItsMembers() throws Exception {
    Map<String, TreeSet<String>> table = table();
    Map<String, TreeSet<String>> declared = declared();
    assertEquals(declared.keySet(), table.keySet(), "annotations in the README's vocabulary table");
    for (Map.Entry<String, TreeSet<String>> e : declared.entrySet()) {
      assertEquals(
          e.getValue(), table.get(e.getKey()), "members of @" + e.getKey() + " in the README");
    }
  }

  /** Annotation name → members, from the first column of the table under "## The vocabulary". */
  private static Map<String, TreeSet<String>> table() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("## The vocabulary");
    assertTrue(start >= 0, "README has no vocabulary section");
    int end = readme.indexOf("\n## ", start + 1);
    Map<String, TreeSet<String>> out = new TreeMap<>();
    for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
      if (!line.startsWith("| `@")) {
        continue;
      }
      String firstColumn = line.substring(1).split("(?<!\\\\)\\|")[0];
      Matcher m = ANNOTATION.matcher(firstColumn);
      while (m.find()) {
        TreeSet<String> members = new TreeSet<>();
        if (m.group(2) != null) {
          for (String member : m.group(2).split(",|\\\\\\|")) {
            members.add(member.trim());
          }
        }
        out.put(m.group(1), members);
      }
    }
    return out;
  }

  /**
   * Every annotation of dev.loginkit.annotations a user writes (not the containers of repeatable
   * ones).
   */
  private static Map<String, TreeSet<String>> declared() throws Exception {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    List<String> containers = new java.util.ArrayList<>();
    try (Stream<Path> files =
        Files.list(ROOT.resolve("annotations/src/main/java/dev/loginkit/annotations"))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        if (name.equals("package-info")) {
          continue;
        }
        Class<?> type = Class.forName("dev.loginkit.annotations." + name);
        if (!type.isAnnotation()) {
          continue;
        }
        Repeatable repeatable = type.getAnnotation(Repeatable.class);
        if (repeatable != null) {
          containers.add(repeatable.value().getSimpleName());
        }
        TreeSet<String> members = new TreeSet<>();
        Arrays.stream(type.getDeclaredMethods()).map(Method::getName).forEach(members::add);
        out.put(name, members);
      }
    }
    containers.forEach(out::remove);
    return out;
  }
}
