package dev.loginkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@link Message#XML_WITHOUT_WOODSTOX} beyond its {@code DiagnosticsTest} case: every way a call
 * can need Woodstox is named, and nothing else needs it. Woodstox is on this module's class path,
 * so "without" means {@link Inputs#classPathWithoutWoodstox()}.
 */
class WoodstoxCheckTest {

  @Test
  void theSameInterfaceCompilesWithWoodstox() {
    Compilation compilation = Inputs.compile(Inputs.bad("XmlWithoutWoodstox"));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(Inputs.generated(compilation, "XmlWithoutWoodstoxClient").isPresent());
  }

  /** JSON, form and multipart clients are generated, and compile, without Woodstox. */
  @Test
  void jsonOnlyInterfacesNeedNoWoodstox() {
    Compilation compilation =
        withoutWoodstox()
            .compile(
                Inputs.good("FormLogin"),
                Inputs.good("JsonNestedRecordLogin"),
                Inputs.good("MultipartLogin"));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(Inputs.generated(compilation, "FormLoginClient").isPresent());
    assertTrue(Inputs.generated(compilation, "JsonNestedRecordLoginClient").isPresent());
    assertTrue(Inputs.generated(compilation, "MultipartLoginClient").isPresent());
  }

  @Test
  void soapBody() {
    assertNamed(
        "@Post(value = \"/api.php\", body = BodyEncoding.SOAP)",
        "@Soap(namespace = \"urn:myapi\")",
        "Session login(@Param(\"user\") String user);",
        "login",
        "sends a SOAP body");
  }

  @Test
  void xmlRpcBody() {
    assertNamed(
        "@Post(value = \"/rpc\", body = BodyEncoding.XML_RPC)",
        "@XmlRpc(\"login\")",
        "Session login(@Param(\"user\") String user);",
        "login",
        "sends an XML-RPC body");
  }

  @Test
  void soapAnswerToAGet() {
    assertNamed(
        "@Get(value = \"/login\", format = Format.SOAP)",
        "",
        "Session login(@Param(\"user\") String user);",
        "login",
        "reads SOAP answers");
  }

  /** A JSON call whose answer format the caller may switch to XML. */
  @Test
  void formatParameter() {
    assertNamed(
        "@Get(\"/login\")",
        "",
        "Session login(@Param(\"user\") String user, @Param(value = \"fmt\", required = false) Format fmt);",
        "login",
        "may read XML answers (a Format parameter chooses)");
  }

  /** JSON logins, but later responses are read as XML for the expiry code. */
  @Test
  void xmlSessionExpiry() {
    JavaFileObject source =
        source(
            "@SessionExpiry(path = \"error/code\", equals = \"expired\", format = Format.XML)",
            "@Post(value = \"/login\", body = BodyEncoding.JSON)",
            "",
            "Session login(@Param(\"user\") String user);");
    assertOneError(
        source, "@SessionExpiry(path", "@SessionExpiry of NeedsXml", "reads XML answers");
  }

  private static void assertNamed(String endpoint, String extra, String method, Object... args) {
    assertOneError(source("", endpoint, extra, method), endpoint, args);
  }

  private static void assertOneError(JavaFileObject source, String line, Object... args) {
    Compilation compilation = withoutWoodstox().compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(Message.XML_WITHOUT_WOODSTOX.format(args))
        .inFile(source)
        .onLineContaining(line);
  }

  private static Compiler withoutWoodstox() {
    return Compiler.javac()
        .withProcessors(new LoginApiProcessor())
        .withClasspath(Inputs.classPathWithoutWoodstox());
  }

  /** {@code test.NeedsXml}: one method, with {@code interfaceAnnotation} on the interface. */
  private static JavaFileObject source(
      String interfaceAnnotation, String endpoint, String extra, String method) {
    return JavaFileObjects.forSourceLines(
        "test.NeedsXml",
        "package test;",
        "",
        "import dev.loginkit.annotations.*;",
        "",
        interfaceAnnotation,
        "@LoginApi(baseUrl = \"https://api.example.com\")",
        "public interface NeedsXml {",
        "  record Session(@Field(\"sid\") String sid) {}",
        "",
        "  " + endpoint,
        "  " + extra,
        "  " + method,
        "}");
  }
}
