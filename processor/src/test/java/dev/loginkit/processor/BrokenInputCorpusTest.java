package dev.loginkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor never crashes, whatever it is given: each {@code broken/X.java} (syntax errors,
 * unresolved names, {@code @LoginApi} in odd places, odd signatures, odd names, huge tables) is
 * compiled with the real processor, and
 *
 * <ul>
 *   <li>no exception escapes the compiler (compile-testing rethrows a processor's exception as a
 *       {@code RuntimeException}), and no diagnostic mentions an exception or an internal error;
 *   <li>every error lies in the input: a generated client that does not compile is a bug too, so
 *       LoginKit either writes a client that compiles or reports why it writes none;
 *   <li>LoginKit reports exactly the catalogue messages listed for the input, and a handful of
 *       diagnostics in all, and writes exactly the clients listed.
 * </ul>
 */
class BrokenInputCorpusTest {
  private static final Pattern LOGINKIT_ID = Pattern.compile("^\\[(LoginKit:\\w+)\\] ");

  /** A broken input earns a few diagnostics, not one per path through a recursive record. */
  private static final int MAX_DIAGNOSTICS = 20;

  /** Rows of the generated {@code HugeTables} input: @OnCode rows, each with its own code. */
  private static final int HUGE_CODE_ROWS = 2000;

  /**
   * One odd input.
   *
   * @param name what it is, the file name under {@code broken/} for a file there
   * @param source the source
   * @param compiles whether the whole compilation, generated clients included, succeeds
   * @param clients the qualified names of the clients LoginKit writes, in order
   * @param messages the catalogue messages LoginKit reports (each at least once)
   */
  record Broken(
      String name,
      JavaFileObject source,
      boolean compiles,
      List<String> clients,
      Set<Message> messages) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Broken> corpus() {
    return List.of(
        // Errors javac reports before LoginKit runs, or instead of it.
        javacOnly("SyntaxError"),
        javacOnly("MissingImports"),
        javacOnly("LoginApiOnMethod"),
        // Names that do not resolve: javac's "cannot find symbol", and LoginKit says why it writes
        // nothing.
        rejected("UnresolvedConstant", Message.UNRESOLVED_REFERENCE),
        rejected("UnresolvedTypes", Message.UNRESOLVED_REFERENCE),
        rejected("UnresolvedParent", Message.UNRESOLVED_REFERENCE),
        // @LoginApi on something other than an interface.
        rejected("LoginApiOnEnum", Message.NOT_AN_INTERFACE),
        rejected("LoginApiOnAnnotation", Message.NOT_AN_INTERFACE),
        rejected("LoginApiOnRecord", Message.NOT_AN_INTERFACE),
        rejected("LoginApiOnClass", Message.NOT_AN_INTERFACE),
        // Odd interfaces.
        compiles("NoMethods", "test.NoMethodsClient"),
        rejected("InheritedMethod", Message.INHERITED_METHOD),
        compiles(
            "ExtendsLoginApi",
            "test.ExtendsLoginApi_ParentClient",
            "test.ExtendsLoginApi_ChildClient"),
        compiles("OtherMembers", "test.OtherMembersClient"),
        rejected("ObjectMethods", Message.NO_ENDPOINT),
        compiles("DefaultPackage", "DefaultPackageClient"),
        rejected("SealedLogin", Message.SEALED_INTERFACE),
        compiles("SealedPermits", "test.SealedPermitsClient"),
        rejected("PrivateNested", Message.PRIVATE_TYPE),
        new Broken(
            "ClientNameTwice",
            Inputs.broken("ClientNameTwice"),
            false,
            List.of("test.ClientNameTwice_InnerClient"),
            EnumSet.of(Message.CLIENT_NAME_TAKEN)),
        // Odd signatures.
        rejected("GenericMethod", Message.UNSUPPORTED_PARAM_TYPE, Message.UNSUPPORTED_RETURN_TYPE),
        compiles("GenericMethodUnused", "test.GenericMethodUnusedClient"),
        rejected("Varargs", Message.UNSUPPORTED_PARAM_TYPE),
        rejected("ArrayParam", Message.UNSUPPORTED_PARAM_TYPE),
        rejected("RawResult", Message.UNSUPPORTED_RETURN_TYPE),
        rejected("WildcardResult", Message.UNSUPPORTED_RETURN_TYPE),
        compiles("GenericSession", "test.GenericSessionClient"),
        rejected(
            "SelfReferencingRecord",
            Message.UNSUPPORTED_PARAM_TYPE,
            Message.UNSUPPORTED_FIELD_TYPE),
        // Odd names and values.
        compiles("ShadowingNames", "test.ShadowingNamesClient"),
        compiles("NestedTypeClashes", "test.NestedTypeClashesClient"),
        compiles("FieldNames", "test.FieldNamesClient"),
        compiles("UnicodeNames", "test.UnicodeNamesClient"),
        rejected(
            "EmptyStrings",
            Message.INVALID_BASE_URL,
            Message.INVALID_SOAP_NAMESPACE,
            Message.INVALID_XML_NAME,
            Message.INVALID_PATH,
            Message.INVALID_BODY_PATH,
            Message.RULE_WITHOUT_PATH,
            Message.CODE_TABLE_WITHOUT_CODE_PATH,
            Message.MESSAGE_RULE_NEEDS_ONE_TEST),
        compiles("EmptyStringsAccepted", "test.EmptyStringsAcceptedClient"),
        compiles("EmptyArrays", "test.EmptyArraysClient"),
        new Broken(
            "HugeTables",
            hugeTables(),
            true,
            List.of("test.HugeTablesClient"),
            EnumSet.noneOf(Message.class)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void processorNeitherCrashesNorWritesAClientThatDoesNotCompile(Broken input) {
    RecordingProcessor recorder = new RecordingProcessor(new LoginApiProcessor());
    Compilation compilation =
        assertDoesNotThrow(
            () -> Inputs.compile(recorder, input.source()), () -> input + " crashed the compiler");

    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String text = d.getMessage(Locale.ROOT);
      assertFalse(text.contains(Message.INTERNAL_ERROR.id()), () -> input + ": " + d);
      assertFalse(text.contains("Exception"), () -> input + ": " + d);
      assertFalse(text.toLowerCase(Locale.ROOT).contains("internal error"), () -> input + ": " + d);
    }
    for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
      assertNotNull(d.getSource(), () -> input + ": error without a source: " + d);
      assertEquals(
          input.source().toUri(),
          d.getSource().toUri(),
          () -> input + ": error outside the input: " + d);
    }
    assertTrue(
        compilation.diagnostics().size() <= MAX_DIAGNOSTICS,
        () -> input + ": " + compilation.diagnostics().size() + " diagnostics");

    assertEquals(messageNames(input.messages()), reportedMessages(compilation), input.toString());
    assertEquals(input.clients(), List.copyOf(recorder.sources().keySet()), input.toString());
    if (input.compiles()) {
      assertThat(compilation).succeededWithoutWarnings();
    } else {
      assertThat(compilation).failed();
    }
  }

  /** javac rejects the input; LoginKit adds nothing and writes nothing. */
  private static Broken javacOnly(String name) {
    return new Broken(name, Inputs.broken(name), false, List.of(), EnumSet.noneOf(Message.class));
  }

  /** LoginKit reports {@code messages} and writes no client. */
  private static Broken rejected(String name, Message... messages) {
    return new Broken(
        name, Inputs.broken(name), false, List.of(), EnumSet.copyOf(List.of(messages)));
  }

  /** The input compiles, with these clients. */
  private static Broken compiles(String name, String... clients) {
    return new Broken(
        name, Inputs.broken(name), true, List.of(clients), EnumSet.noneOf(Message.class));
  }

  /**
   * An error-code table of {@value #HUGE_CODE_ROWS} rows and a status table of one row per status,
   * more rows than javac could attribute as one chain of builder calls.
   */
  private static JavaFileObject hugeTables() {
    StringBuilder rows = new StringBuilder();
    String[] reasons = {"INVALID_CREDENTIALS", "ACCOUNT_LOCKED", "RATE_LIMITED", "INVALID_REQUEST"};
    for (int i = 0; i < HUGE_CODE_ROWS; i++) {
      rows.append("  @OnCode(value = \"E")
          .append(i)
          .append("\", reason = FailureReason.")
          .append(reasons[i % reasons.length])
          .append(")\n");
    }
    for (int status = 100; status <= 599; status++) {
      rows.append("  @OnStatus(value = ")
          .append(status)
          .append(", reason = FailureReason.")
          .append(reasons[status % reasons.length])
          .append(")\n");
    }
    return JavaFileObjects.forSourceString(
        "test.HugeTables",
        "package test;\n"
            + "\n"
            + "import dev.loginkit.annotations.FailureDetails;\n"
            + "import dev.loginkit.annotations.FailureReason;\n"
            + "import dev.loginkit.annotations.Field;\n"
            + "import dev.loginkit.annotations.LoginApi;\n"
            + "import dev.loginkit.annotations.OnCode;\n"
            + "import dev.loginkit.annotations.OnStatus;\n"
            + "import dev.loginkit.annotations.Param;\n"
            + "import dev.loginkit.annotations.Post;\n"
            + "\n"
            + "@LoginApi(baseUrl = \"https://api.example.com\")\n"
            + "public interface HugeTables {\n"
            + "  record Session(@Field(\"sid\") String sid) {}\n"
            + "\n"
            + "  @Post(\"/login\")\n"
            + "  @FailureDetails(code = \"rc\")\n"
            + rows
            + "  Session login(@Param(\"user\") String user);\n"
            + "}\n");
  }

  private static Set<String> messageNames(Set<Message> messages) {
    Set<String> out = new TreeSet<>();
    for (Message message : messages) {
      out.add(message.id());
    }
    return out;
  }

  /** The ids of the LoginKit messages among the diagnostics. */
  private static Set<String> reportedMessages(Compilation compilation) {
    Set<String> out = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      Matcher m = LOGINKIT_ID.matcher(d.getMessage(Locale.ROOT));
      if (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}
