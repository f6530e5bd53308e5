package dev.loginkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code good/X.java} compiles without warnings into exactly one client whose text is
 * byte-for-byte {@code expected/<client>.java}.
 *
 * <p>To rewrite the goldens on purpose: {@code LOGINKIT_UPDATE_GOLDENS=true ./mvnw -pl processor
 * -am test}; the generated text is then written to {@code $LOGINKIT_GOLDENS_DIR} (set by the pom to
 * {@code src/test/resources/expected}) instead of compared. Review the diff before committing it.
 */
class GeneratedSourceGoldenTest {
  private static final boolean UPDATE = "true".equals(System.getenv("LOGINKIT_UPDATE_GOLDENS"));

  /**
   * One good input.
   *
   * @param feature what it shows
   * @param input the interface's file name under {@code good/}, without {@code .java}
   * @param client the generated client's simple name
   */
  record Golden(String feature, String input, String client) {
    @Override
    public String toString() {
      return feature + " (" + input + ")";
    }
  }

  static final List<Golden> GOLDENS =
      List.of(
          new Golden("GET with query parameters", "GetQueryLogin", "GetQueryLoginClient"),
          new Golden(
              "@Constant on the type and on the method", "ConstantsLogin", "ConstantsLoginClient"),
          new Golden("@Default enum with @WireValue", "DefaultEnumLogin", "DefaultEnumLoginClient"),
          new Golden(
              "@Secret String in the query with secretsInQuery",
              "SecretInQueryLogin",
              "SecretInQueryLoginClient"),
          new Golden(
              "secrets of every shape next to constants",
              "SecretParamsLogin",
              "SecretParamsLoginClient"),
          new Golden("POST FORM", "FormLogin", "FormLoginClient"),
          new Golden("POST MULTIPART", "MultipartLogin", "MultipartLoginClient"),
          new Golden(
              "POST JSON with a record inside a record",
              "JsonNestedRecordLogin",
              "JsonNestedRecordLoginClient"),
          new Golden(
              "In.HEADER and In.QUERY parameters", "HeaderQueryLogin", "HeaderQueryLoginClient"),
          new Golden(
              "LoginResult<S> and S returns",
              "ResultAndSessionLogin",
              "ResultAndSessionLoginClient"),
          new Golden(
              "every session component kind and source",
              "SessionFieldsLogin",
              "SessionFieldsLoginClient"),
          new Golden(
              "@SuccessWhen with several values", "SuccessWhenLogin", "SuccessWhenLoginClient"),
          new Golden("@ChallengeWhen", "ChallengeWhenLogin", "ChallengeWhenLoginClient"),
          new Golden("@FailureDetails", "FailureDetailsLogin", "FailureDetailsLoginClient"),
          new Golden("@OnCode with several codes", "OnCodeLogin", "OnCodeLoginClient"),
          new Golden("@OnStatus", "OnStatusLogin", "OnStatusLoginClient"),
          new Golden(
              "outcome rules on the interface as defaults",
              "InterfaceDefaultsLogin",
              "InterfaceDefaultsLoginClient"),
          new Golden(
              "challenge token echo and continuation endpoint",
              "TokenChallengeLogin",
              "TokenChallengeLoginClient"),
          new Golden("nested interface: Outer_InnerClient", "Outer", "Outer_InnerLoginClient"),
          new Golden("name ending in Client: Impl", "AcmeClient", "AcmeClientImpl"),
          new Golden(
              "package-private interface", "PackagePrivateLogin", "PackagePrivateLoginClient"),
          new Golden("parameter named params", "ParamsNamedLogin", "ParamsNamedLoginClient"),
          new Golden("parameter named runtime", "RuntimeNamedLogin", "RuntimeNamedLoginClient"),
          new Golden(
              "SOAP 1.1 rpc/encoded, @Soap on the interface",
              "SoapRpcEncodedLogin",
              "SoapRpcEncodedLoginClient"),
          new Golden(
              "SOAP 1.2 document/literal, @Soap on the method, a record in the SOAP header",
              "Soap12DocumentLogin",
              "Soap12DocumentLoginClient"),
          new Golden(
              "XML-RPC with one struct param", "XmlRpcStructLogin", "XmlRpcStructLoginClient"),
          new Golden(
              "XML-RPC with positional params",
              "XmlRpcPositionalLogin",
              "XmlRpcPositionalLoginClient"),
          new Golden(
              "@OnMessage equals and matches, escaped", "OnMessageLogin", "OnMessageLoginClient"),
          new Golden(
              "@FieldErrors with a custom reason", "FieldErrorsLogin", "FieldErrorsLoginClient"),
          new Golden(
              "Format parameters, with @Default and optional",
              "FormatParamLogin",
              "FormatParamLoginClient"),
          new Golden(
              "Instant session components", "InstantSessionLogin", "InstantSessionLoginClient"),
          new Golden(
              "@ChallengeWhen answered by a parameter, next to one that is not",
              "ChallengeAnswerLogin",
              "ChallengeAnswerLoginClient"),
          new Golden(
              "@RetryOnce of a parameter and of a constant",
              "RetryOnceLogin",
              "RetryOnceLoginClient"),
          new Golden(
              "typed constants and defaults, a positional JSON array",
              "TypedJsonLogin",
              "TypedJsonLoginClient"),
          new Golden(
              "values composed of inputs: concatenated, prefixed, Base64, hex",
              "ComposedLogin",
              "ComposedLoginClient"),
          new Golden(
              "the deprecated dev.loginkit.Secret still accepted",
              "LegacySecretLogin",
              "LegacySecretLoginClient"),
          new Golden(
              "passing @Examples of every outcome leave no trace",
              "ExamplesLogin",
              "ExamplesLoginClient"));

  static List<Golden> goldens() {
    return GOLDENS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void generatedSourceMatchesGolden(Golden golden) throws IOException {
    Compilation compilation = Inputs.compile(Inputs.good(golden.input()));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(
        1,
        compilation.generatedSourceFiles().size(),
        () -> "one client per interface, got " + compilation.generatedSourceFiles());
    byte[] actual = Inputs.text(generated(compilation, golden.client())).getBytes(UTF_8);

    String goldenFile = golden.client() + ".java";
    if (UPDATE) {
      Files.write(goldensDir().resolve(goldenFile), actual);
      return;
    }
    byte[] expected;
    try (InputStream in =
        GeneratedSourceGoldenTest.class.getResourceAsStream("/expected/" + goldenFile)) {
      assertNotNull(
          in,
          () ->
              "no golden expected/"
                  + goldenFile
                  + "; write it with LOGINKIT_UPDATE_GOLDENS=true, then review it");
      expected = in.readAllBytes();
    }
    // The text comparison shows a readable diff; the byte comparison is the real contract.
    assertEquals(new String(expected, UTF_8), new String(actual, UTF_8), goldenFile);
    assertArrayEquals(expected, actual, goldenFile);
  }

  /**
   * No good input without a golden test, and no golden left over from a removed input. Reads the
   * source tree when the pom says where it is (the classpath copy keeps deleted files until a
   * clean).
   */
  @Test
  void everyInputHasAGoldenAndEveryGoldenAnInput() throws IOException, URISyntaxException {
    Set<String> inputs =
        GOLDENS.stream().map(Golden::input).collect(Collectors.toCollection(TreeSet::new));
    Set<String> clients =
        GOLDENS.stream().map(Golden::client).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(GOLDENS.size(), inputs.size(), "an input is listed twice");
    String dir = System.getenv("LOGINKIT_GOLDENS_DIR");
    Path expectedDir = dir != null ? Path.of(dir) : resourceDir("expected");
    Path goodDir = dir != null ? expectedDir.resolveSibling("good") : resourceDir("good");
    assertEquals(inputs, javaFilesIn(goodDir), goodDir + " and GOLDENS differ");
    Set<String> goldens = javaFilesIn(expectedDir);
    if (UPDATE) {
      // New goldens may not be written yet; stale ones must still go.
      goldens.removeAll(clients);
      assertEquals(Set.of(), goldens, "stale goldens in " + expectedDir);
    } else {
      assertEquals(clients, goldens, expectedDir + " and GOLDENS differ");
    }
  }

  private static JavaFileObject generated(Compilation compilation, String client) {
    return Inputs.generated(compilation, client)
        .orElseThrow(
            () ->
                new AssertionError(
                    "expected generated source "
                        + Inputs.PACKAGE
                        + "."
                        + client
                        + " but got "
                        + compilation.generatedSourceFiles()));
  }

  private static Path goldensDir() {
    String dir = System.getenv("LOGINKIT_GOLDENS_DIR");
    assertNotNull(dir, "LOGINKIT_UPDATE_GOLDENS=true needs LOGINKIT_GOLDENS_DIR (the pom sets it)");
    return Path.of(dir);
  }

  private static Path resourceDir(String name) throws URISyntaxException {
    URL url = GeneratedSourceGoldenTest.class.getResource("/" + name);
    assertNotNull(url, name + "/ is not on the test classpath");
    return Path.of(url.toURI());
  }

  private static Set<String> javaFilesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".java"))
          .map(n -> n.substring(0, n.length() - ".java".length()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
