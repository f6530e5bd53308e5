package dev.loginkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A method returning a JDK type ({@code String}, {@code Optional<S>}, {@code Map}) is told that its
 * return type is unsupported, not that {@code String} or {@code Optional} "is not a record"; a
 * class of the user's own that could become a record still gets {@link Message#SESSION_NOT_RECORD}.
 */
class ReturnTypeDiagnosticsTest {

  @Test
  void string() {
    assertUnsupported("String", "java.lang.String");
  }

  @Test
  void optionalOfASessionRecord() {
    assertUnsupported("java.util.Optional<Session>", "java.util.Optional<test.Returns.Session>");
  }

  @Test
  void map() {
    assertUnsupported(
        "java.util.Map<String, String>", "java.util.Map<java.lang.String,java.lang.String>");
  }

  @Test
  void loginResultOfString() {
    assertUnsupported(
        "dev.loginkit.LoginResult<String>", "dev.loginkit.LoginResult<java.lang.String>");
  }

  @Test
  void futureOfOptional() {
    assertUnsupported(
        "java.util.concurrent.CompletableFuture<java.util.Optional<Session>>",
        "java.util.concurrent.CompletableFuture<java.util.Optional<test.Returns.Session>>");
  }

  @Test
  void aClassOfTheUsersOwnIsNotARecord() {
    JavaFileObject source = source("Plain");
    Compilation compilation = Inputs.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(Message.SESSION_NOT_RECORD.format("test.Returns.Plain"))
        .inFile(source)
        .onLineContaining("login(");
  }

  private static void assertUnsupported(String declared, String shown) {
    JavaFileObject source = source(declared);
    Compilation compilation = Inputs.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(Message.UNSUPPORTED_RETURN_TYPE.format("login", shown))
        .inFile(source)
        .onLineContaining("login(");
  }

  private static JavaFileObject source(String returned) {
    return JavaFileObjects.forSourceLines(
        "test.Returns",
        "package test;",
        "import dev.loginkit.annotations.*;",
        "@LoginApi(baseUrl = \"https://api.example.com\")",
        "public interface Returns {",
        "  @Post(\"/login\")",
        "  " + returned + " login(@Param(\"user\") String user);",
        "  record Session(@Field(\"token\") String token) {}",
        "  final class Plain {}",
        "}");
  }
}
