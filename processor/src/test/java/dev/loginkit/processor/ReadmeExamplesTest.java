package dev.loginkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's examples are what the build checks: its Java files are the {@code strict/} inputs
 * that {@link StrictUserBuildTest} compiles with {@code -Xlint:all -Werror}, and the generated code
 * it shows is exactly what the processor writes for the first one.
 */
class ReadmeExamplesTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TYPE =
      Pattern.compile("^public (?:final )?(?:interface|record|class) (\\w+)", Pattern.MULTILINE);

  /** The README's complete Java files (those starting with a package declaration), by type name. */
  private static Map<String, String> files() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Map<String, String> files = new LinkedHashMap<>();
    Matcher block = JAVA_BLOCK.matcher(readme);
    while (block.find()) {
      String code = block.group(1);
      if (code.startsWith("package ")) {
        Matcher type = TYPE.matcher(code);
        assertTrue(type.find(), code);
        files.put(type.group(1), code);
      }
    }
    return files;
  }

  @Test
  void theExamplesAreTheStrictlyCompiledInputs() throws IOException {
    Map<String, String> files = files();
    for (String name : new String[] {"AcmeLogin", "AcmeSession", "TenTenLogin", "TenTenSession"}) {
      assertTrue(files.containsKey(name), "README shows no " + name + ": " + files.keySet());
      assertEquals(Inputs.text(StrictUserBuildTest.strict(name)), files.get(name), name);
    }
  }

  @Test
  void theGeneratedCodeShownIsWhatTheProcessorWrites() throws IOException {
    Map<String, String> files = files();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new LoginApiProcessor())
            .compile(
                StrictUserBuildTest.strict("AcmeLogin"), StrictUserBuildTest.strict("AcmeSession"));
    assertThat(compilation).succeededWithoutWarnings();
    String generated =
        Inputs.text(compilation.generatedSourceFile("com.example.AcmeLoginClient").orElseThrow());
    assertEquals(generated, files.get("AcmeLoginClient"));
  }
}
