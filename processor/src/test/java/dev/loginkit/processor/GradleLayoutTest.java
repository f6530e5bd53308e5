package dev.loginkit.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Example(resource = …)} under Gradle's layout, through javac directly (Gradle itself is
 * not needed to reproduce it): {@code compileJava} compiles {@code src/main/java} into {@code
 * build/classes/java/main} with an empty source path, and {@code src/main/resources} is neither on
 * its class path nor copied into its class output. The {@code loginkit.resourceRoots} option names
 * the resource directory.
 */
class GradleLayoutTest {
  private static final String RESOURCE = "examples/acme/unauthorized.json";

  @TempDir Path project;
  private Path resources;

  @BeforeEach
  void layout() throws IOException {
    Path sources = Files.createDirectories(project.resolve("src/main/java/com/example"));
    resources = Files.createDirectories(project.resolve("src/main/resources"));
    Files.writeString(
        sources.resolve("AcmeLogin.java"),
        String.join(
            "\n",
            "package com.example;",
            "import dev.loginkit.annotations.*;",
            "@LoginApi(baseUrl = \"https://api.example.com\")",
            "public interface AcmeLogin {",
            "  @Post(value = \"/v1/login\", body = BodyEncoding.JSON)",
            "  @FailureDetails(code = \"error\")",
            "  @Example(resource = \""
                + RESOURCE
                + "\", status = 401, outcome = Example.Outcome.FAILURE,",
            "      reason = FailureReason.INVALID_CREDENTIALS, code = \"invalid_grant\")",
            "  AcmeSession login(@Param(\"email\") String email, @Param(\"password\") @Secret String password);",
            "}",
            ""),
        UTF_8);
    Files.writeString(
        sources.resolve("AcmeSession.java"),
        String.join(
            "\n",
            "package com.example;",
            "public record AcmeSession(@dev.loginkit.annotations.Field(\"access_token\") dev.loginkit.SecretValue accessToken) {}",
            ""),
        UTF_8);
    Files.createDirectories(resources.resolve("examples/acme"));
    Files.writeString(resources.resolve(RESOURCE), "{\"error\":\"invalid_grant\"}", UTF_8);
  }

  @Test
  void withoutTheOptionTheResourceIsNotFound() throws IOException {
    List<String> errors = compile(List.of());
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors.get(0).contains(Message.EXAMPLE_RESOURCE_NOT_FOUND.format(RESOURCE, "login")),
        errors.toString());
    assertFalse(Files.exists(generatedClient()));
  }

  @Test
  void theOptionNamesTheResourceRoot() throws IOException {
    List<String> errors =
        compile(
            List.of("-A" + LoginApiProcessor.RESOURCE_ROOTS + "=" + resources.toAbsolutePath()));
    assertEquals(List.of(), errors);
    assertTrue(Files.exists(generatedClient()));
  }

  /**
   * The file is really read: a body that gives another outcome is reported against the annotation.
   */
  @Test
  void theResourceIsCheckedAgainstItsDeclaredOutcome() throws IOException {
    Files.writeString(resources.resolve(RESOURCE), "{\"error\":\"account_locked\"}", UTF_8);
    List<String> errors =
        compile(
            List.of("-A" + LoginApiProcessor.RESOURCE_ROOTS + "=" + resources.toAbsolutePath()));
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors.get(0).contains("[" + Message.EXAMPLE_MISMATCH.id() + "]"), errors.toString());
    assertTrue(errors.get(0).contains("not code invalid_grant"), errors.toString());
  }

  /** Several roots, separated as a class path is; the first holding the file wins. */
  @Test
  void severalRoots() throws IOException {
    Path empty = Files.createDirectories(project.resolve("src/main/other"));
    List<String> errors =
        compile(
            List.of(
                "-A"
                    + LoginApiProcessor.RESOURCE_ROOTS
                    + "="
                    + empty.toAbsolutePath()
                    + java.io.File.pathSeparator
                    + resources.toAbsolutePath()));
    assertEquals(List.of(), errors);
  }

  private Path generatedClient() {
    return project.resolve(
        "build/generated/sources/annotationProcessor/java/main/com/example/AcmeLoginClient.java");
  }

  /**
   * Compiles as Gradle's {@code compileJava} does, strict; returns the errors (warnings fail too).
   */
  private List<String> compile(List<String> extra) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      Path classes = Files.createDirectories(project.resolve("build/classes/java/main"));
      Path generated =
          Files.createDirectories(
              project.resolve("build/generated/sources/annotationProcessor/java/main"));
      List<String> options =
          new ArrayList<>(
              List.of(
                  "-d", classes.toString(),
                  "-s", generated.toString(),
                  "-sourcepath", "",
                  "-classpath",
                      String.join(
                          java.io.File.pathSeparator,
                          Inputs.classPathWithoutWoodstox().stream()
                              .map(Object::toString)
                              .toList()),
                  "-Xlint:all", "-Werror"));
      options.addAll(extra);
      List<Path> sources;
      try (var walk = Files.walk(project.resolve("src/main/java"))) {
        sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      JavaCompiler.CompilationTask task =
          javac.getTask(
              new StringWriter(),
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new LoginApiProcessor()));
      boolean ok = task.call();
      List<String> problems = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR
            || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
          if (!d.getMessage(Locale.ROOT).equals("warnings found and -Werror specified")) {
            problems.add(d.getKind() + ": " + d.getMessage(Locale.ROOT));
          }
        }
      }
      assertEquals(problems.isEmpty(), ok, problems.toString());
      return problems;
    }
  }
}
