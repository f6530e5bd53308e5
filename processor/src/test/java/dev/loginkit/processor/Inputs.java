package dev.loginkit.processor;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import javax.tools.JavaFileObject;

/** The test inputs under {@code src/test/resources} and how they are compiled. */
final class Inputs {
  /** The package every input declares. */
  static final String PACKAGE = "test";

  private Inputs() {}

  /** {@code good/NAME.java}: a valid interface showing one feature. */
  static JavaFileObject good(String name) {
    return JavaFileObjects.forResource("good/" + name + ".java");
  }

  /** {@code bad/NAME.java}: an interface with one mistake. */
  static JavaFileObject bad(String name) {
    return JavaFileObjects.forResource("bad/" + name + ".java");
  }

  /**
   * {@code broken/NAME.java}: an input that is broken or odd in a way a processor may trip over.
   */
  static JavaFileObject broken(String name) {
    return JavaFileObjects.forResource("broken/" + name + ".java");
  }

  /** Compiles {@code sources} with the LoginKit processor, as a user's build would. */
  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new LoginApiProcessor()).compile(sources);
  }

  /**
   * Compiles {@code sources} with the processor behind a {@link RecordingProcessor}, which tells
   * what it wrote even when compilation fails.
   */
  static Compilation compile(RecordingProcessor recorder, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(recorder).compile(sources);
  }

  /**
   * This test's class path (annotations, runtime and their dependencies) without woodstox-core and
   * stax2-api, as a JSON-only user of loginkit-runtime has it. Fails unless both were on it.
   */
  static List<File> classPathWithoutWoodstox() {
    List<File> kept = new ArrayList<>();
    int dropped = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      File file = new File(entry);
      if (holds(file, "com/ctc/wstx/stax/WstxInputFactory.class")
          || holds(file, "org/codehaus/stax2/XMLStreamReader2.class")) {
        dropped++;
      } else {
        kept.add(file);
      }
    }
    if (dropped != 2) {
      throw new AssertionError(
          "expected woodstox-core and stax2-api on the test class path, found " + dropped);
    }
    return kept;
  }

  private static boolean holds(File entry, String name) {
    if (entry.isDirectory()) {
      return new File(entry, name).isFile();
    }
    try (JarFile jar = new JarFile(entry)) {
      return jar.getEntry(name) != null;
    } catch (IOException notAJar) {
      return false;
    }
  }

  /** The generated source {@code test.SIMPLE_NAME}, if any (only for a successful compilation). */
  static Optional<JavaFileObject> generated(Compilation compilation, String simpleName) {
    return compilation.generatedSourceFile(PACKAGE + "." + simpleName);
  }

  /** The text of the generated source {@code test.SIMPLE_NAME}; fails when there is none. */
  static String generatedText(Compilation compilation, String simpleName) {
    JavaFileObject file =
        generated(compilation, simpleName)
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no generated source "
                            + PACKAGE
                            + "."
                            + simpleName
                            + "; generated: "
                            + compilation.generatedSourceFiles()));
    return text(file);
  }

  static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(JavaFileObject file) {
    return text(file).getBytes(UTF_8);
  }
}
