package dev.loginkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Example}s are checked at compile time and leave nothing behind; a {@code resource}
 * example is read from wherever javac's Filer finds it: the class output (where Maven copies {@code
 * src/main/resources} before compiling), the source path or the class path. Each location is shown
 * on its own, next to a compilation without it, where the same resource is not found.
 */
class ExamplesTest {
  /** A name no directory of the test class path holds. */
  private static final String RESOURCE = "examples/located/answer.json";

  private static final String MATCHING = "{\"sid\": \"abc123\"}";
  private static final String MISMATCHING = "{\"sid\": \"xyz789\"}";

  private static final String EXAMPLE_LINE = "@Example(resource";

  private static final String[] SOURCE = {
    "package test;",
    "",
    "import dev.loginkit.annotations.BodyEncoding;",
    "import dev.loginkit.annotations.Example;",
    "import dev.loginkit.annotations.Field;",
    "import dev.loginkit.annotations.LoginApi;",
    "import dev.loginkit.annotations.Param;",
    "import dev.loginkit.annotations.Post;",
    "",
    "@LoginApi(baseUrl = \"https://api.example.com\")",
    "public interface ResourceLogin {",
    "  record Session(@Field(\"sid\") String sid) {}",
    "",
    "  @Post(value = \"/login\", body = BodyEncoding.JSON)",
    "  @Example(resource = \"" + RESOURCE + "\", session = \"sid=abc123\")",
    "  Session login(@Param(\"user\") String user);",
    "}"
  };

  /** One {@code @Example(...)}, however many lines it spans, with the line break after it. */
  private static final Pattern EXAMPLE =
      Pattern.compile("[ \\t]*@Example\\((?:[^()\"]|\"(?:[^\"\\\\]|\\\\.)*\")*\\)[ \\t]*\\n");

  @TempDir Path dir;

  /**
   * The client of {@code good/ExamplesLogin} is byte for byte the client of the same interface with
   * its examples removed, and holds none of their values.
   */
  @Test
  void examplesLeaveNoTraceInTheClient() {
    String source = Inputs.text(Inputs.good("ExamplesLogin"));
    assertEquals(
        3,
        EXAMPLE.matcher(source).results().count(),
        "good/ExamplesLogin should declare three examples");
    String stripped =
        EXAMPLE
            .matcher(source)
            .replaceAll("")
            .replace("import dev.loginkit.annotations.Example;\n", "");
    assertFalse(stripped.contains("Example."), stripped);
    assertFalse(stripped.contains("@Example"), stripped);

    Compilation with = Inputs.compile(Inputs.good("ExamplesLogin"));
    Compilation without =
        Inputs.compile(JavaFileObjects.forSourceString("test.ExamplesLogin", stripped));
    assertThat(with).succeededWithoutWarnings();
    assertThat(without).succeededWithoutWarnings();
    String client = Inputs.generatedText(with, "ExamplesLoginClient");
    assertEquals(Inputs.generatedText(without, "ExamplesLoginClient"), client);
    for (String value :
        List.of("abc123", "t0k3n", "3600", "john@acme.com", "missing 2fa", "Invalid user")) {
      assertTrue(source.contains(value), value);
      assertFalse(
          client.contains(value), () -> "the client holds example value " + value + ":\n" + client);
    }
  }

  /**
   * The control for the tests below: with the resource nowhere javac looks, it is reported missing.
   */
  @Test
  void resourceNowhereIsNotFound() throws IOException {
    writeResource(dir, MISMATCHING); // a directory javac is not told about
    JavaFileObject source = source();
    Compilation compilation = Inputs.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(Message.EXAMPLE_RESOURCE_NOT_FOUND.format(RESOURCE, "login"))
        .inFile(source)
        .onLineContaining(EXAMPLE_LINE);
  }

  @Test
  void resourceOnTheClassPathIsChecked() throws IOException {
    List<File> classPath = new ArrayList<>();
    classPath.add(dir.toFile());
    classPath.addAll(testClassPath());
    // A processor serves one compilation: each gets its own.
    Supplier<Compiler> javac =
        () -> Compiler.javac().withProcessors(new LoginApiProcessor()).withClasspath(classPath);

    writeResource(dir, MISMATCHING);
    assertMismatch(javac);
    writeResource(dir, MATCHING);
    assertPasses(javac);
  }

  @Test
  void resourceOnTheSourcePathIsChecked() throws IOException {
    Supplier<Compiler> javac =
        () ->
            Compiler.javac()
                .withProcessors(new LoginApiProcessor())
                .withOptions("-sourcepath", dir.toString());

    writeResource(dir, MISMATCHING);
    assertMismatch(javac);
    writeResource(dir, MATCHING);
    assertPasses(javac);
  }

  /**
   * compile-testing keeps the class output in memory, so this runs javac itself with {@code -d} on
   * a directory holding the resource, as Maven does after copying resources; the class path is the
   * test's own, without that directory.
   */
  @Test
  void resourceInTheClassOutputIsChecked() throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path source = dir.resolve("src/test/ResourceLogin.java");
    Files.createDirectories(source.getParent());
    Files.write(source, (String.join("\n", SOURCE) + "\n").getBytes(UTF_8));

    writeResource(classes, MISMATCHING);
    List<Diagnostic<? extends JavaFileObject>> elsewhereOnly = new ArrayList<>();
    assertFalse(
        javac(elsewhere, source, elsewhereOnly), "without the resource in the class output");
    assertEquals(
        List.of(Message.EXAMPLE_RESOURCE_NOT_FOUND.format(RESOURCE, "login")),
        texts(elsewhereOnly));

    List<Diagnostic<? extends JavaFileObject>> mismatch = new ArrayList<>();
    assertFalse(javac(classes, source, mismatch));
    assertEquals(List.of(mismatchText()), texts(mismatch));
    assertEquals(exampleLineNumber(), mismatch.get(0).getLineNumber());
    assertFalse(
        Files.exists(classes.resolve("test/ResourceLoginClient.class")),
        "no client may be generated");

    writeResource(classes, MATCHING);
    List<Diagnostic<? extends JavaFileObject>> match = new ArrayList<>();
    assertTrue(javac(classes, source, match), () -> texts(match).toString());
    assertEquals(List.of(), texts(match));
    assertTrue(
        Files.exists(classes.resolve("test/ResourceLoginClient.class")), "the client is compiled");
  }

  private static void assertMismatch(Supplier<Compiler> javac) {
    JavaFileObject source = source();
    Compilation compilation = javac.get().compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(mismatchText())
        .inFile(source)
        .onLineContaining(EXAMPLE_LINE);
  }

  private static void assertPasses(Supplier<Compiler> javac) {
    Compilation compilation = javac.get().compile(source());
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        Inputs.generated(compilation, "ResourceLoginClient").isPresent(),
        "the client is generated");
  }

  private static String mismatchText() {
    return Message.EXAMPLE_MISMATCH.format(
        "#1 (" + RESOURCE + ")", "login", "session value sid was \"xyz789\", not \"abc123\"");
  }

  /** The 1-based line of {@link #EXAMPLE_LINE} in {@link #SOURCE}. */
  private static long exampleLineNumber() {
    for (int i = 0; i < SOURCE.length; i++) {
      if (SOURCE[i].contains(EXAMPLE_LINE)) {
        return i + 1;
      }
    }
    throw new AssertionError("no " + EXAMPLE_LINE + " in SOURCE");
  }

  private static JavaFileObject source() {
    return JavaFileObjects.forSourceLines("test.ResourceLogin", SOURCE);
  }

  private static void writeResource(Path root, String json) throws IOException {
    Path file = root.resolve(RESOURCE);
    Files.createDirectories(file.getParent());
    Files.write(file, json.getBytes(UTF_8));
  }

  /** The class path this test runs with: annotations, runtime and their dependencies. */
  private static List<File> testClassPath() {
    String classPath = System.getProperty("java.class.path");
    assertNotEquals("", classPath);
    return Arrays.stream(classPath.split(File.pathSeparator))
        .map(File::new)
        .collect(Collectors.toList());
  }

  /**
   * Compiles {@code source} with the processor, classes to {@code classes}; whether javac
   * succeeded.
   */
  private static boolean javac(
      Path classes, Path source, List<Diagnostic<? extends JavaFileObject>> out)
      throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              null,
              files,
              diagnostics,
              List.of(
                  "-d", classes.toString(), "-classpath", System.getProperty("java.class.path")),
              null,
              files.getJavaFileObjects(source));
      task.setProcessors(List.of(new LoginApiProcessor()));
      boolean ok = task.call();
      out.addAll(diagnostics.getDiagnostics());
      return ok;
    }
  }

  /** The text of every error and warning, in order. */
  private static List<String> texts(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER)
        .map(d -> d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }
}
