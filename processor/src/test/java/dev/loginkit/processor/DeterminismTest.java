package dev.loginkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The same input always gives the same bytes, whatever else is compiled alongside and in what
 * order.
 */
class DeterminismTest {

  @Test
  void compilingTwiceGivesIdenticalBytes() {
    Map<String, byte[]> first = generate(false);
    Map<String, byte[]> second = generate(false);
    assertEquals(
        GeneratedSourceGoldenTest.GOLDENS.size(), first.size(), () -> "clients: " + first.keySet());
    assertSame(first, second);
  }

  @Test
  void inputOrderDoesNotChangeAnyClient() {
    assertSame(generate(false), generate(true));
  }

  @Test
  void compilingAloneOrTogetherGivesIdenticalBytes() {
    Map<String, byte[]> together = generate(false);
    for (GeneratedSourceGoldenTest.Golden golden : GeneratedSourceGoldenTest.GOLDENS) {
      Compilation alone = Inputs.compile(Inputs.good(golden.input()));
      assertThat(alone).succeededWithoutWarnings();
      assertEquals(1, alone.generatedSourceFiles().size());
      JavaFileObject file = alone.generatedSourceFiles().get(0);
      assertArrayEquals(together.get(file.getName()), Inputs.bytes(file), file.getName());
    }
  }

  /** Every good input in one compilation: generated file name → bytes. */
  private static Map<String, byte[]> generate(boolean reversed) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedSourceGoldenTest.Golden golden : GeneratedSourceGoldenTest.GOLDENS) {
      sources.add(Inputs.good(golden.input()));
    }
    if (reversed) {
      Collections.reverse(sources);
    }
    Compilation compilation = Inputs.compile(sources.toArray(new JavaFileObject[0]));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, byte[]> out = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      out.put(file.getName(), Inputs.bytes(file));
    }
    return out;
  }

  private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertFalse(expected.isEmpty());
    assertEquals(expected.keySet(), actual.keySet());
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      assertArrayEquals(e.getValue(), actual.get(e.getKey()), e.getKey());
    }
  }
}
