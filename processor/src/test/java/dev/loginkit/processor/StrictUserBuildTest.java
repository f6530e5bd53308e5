package dev.loginkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A user's strict build ({@code -Xlint:all -Werror}) stays clean with LoginKit: neither the
 * processor (unclaimed annotations, the Woodstox presence check reading a class file whose
 * annotations are not on the class path) nor the code it generates may warn.
 *
 * <p>The inputs under {@code strict/} are the README's two examples, compiled as a user's build
 * compiles them: a JSON-only user without Woodstox on the class path, an XML user with it.
 */
class StrictUserBuildTest {
  private static final String[] STRICT = {"-Xlint:all", "-Werror"};

  @Test
  void jsonOnlyUserWithoutWoodstox() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new LoginApiProcessor())
            .withOptions((Object[]) STRICT)
            .withClasspath(Inputs.classPathWithoutWoodstox())
            .compile(strict("AcmeLogin"), strict("AcmeSession"));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(compilation.generatedSourceFile("com.example.AcmeLoginClient").isPresent());
  }

  @Test
  void xmlUserWithWoodstox() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new LoginApiProcessor())
            .withOptions((Object[]) STRICT)
            .compile(strict("TenTenLogin"), strict("TenTenSession"));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(compilation.generatedSourceFile("com.example.TenTenLoginClient").isPresent());
  }

  /**
   * Every valid feature input, generated code included (session interceptors, async methods,
   * challenges, SOAP, XML-RPC), compiles under the strict flags.
   */
  @Test
  void everyGoodInputCompilesStrictly() throws IOException {
    List<JavaFileObject> sources;
    try (Stream<Path> files = Files.list(resourceDir("good"))) {
      sources =
          files.sorted().map(f -> JavaFileObjects.forResource("good/" + f.getFileName())).toList();
    }
    assertTrue(sources.size() > 20, "good inputs: " + sources.size());
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new LoginApiProcessor())
            .withOptions((Object[]) STRICT)
            .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * The control: without {@code -Werror} but with {@code -Xlint:all}, an annotation the processor
   * left unclaimed would be a warning, which the assertions above would see.
   */
  @Test
  void lintReportsUnclaimedAnnotationsOfOtherProcessors() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new LoginApiProcessor())
            .withOptions("-Xlint:all")
            .compile(
                strict("AcmeLogin"),
                strict("AcmeSession"),
                JavaFileObjects.forSourceLines(
                    "com.example.Marked",
                    "package com.example;",
                    "@Marked.Unclaimed",
                    "public class Marked {",
                    "  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)",
                    "  @interface Unclaimed {}",
                    "}"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("No processor claimed any of these annotations");
  }

  static JavaFileObject strict(String simpleName) {
    return JavaFileObjects.forResource("strict/com/example/" + simpleName + ".java");
  }

  private static Path resourceDir(String name) {
    try {
      return Path.of(StrictUserBuildTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
