package dev.loginkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One {@code bad/X.java} per diagnostic: the processor reports exactly that one, with the
 * catalogue's text, on the line that holds the mistake, and generates nothing for the interface.
 */
class DiagnosticsTest {

  @Test
  void notAnInterface() {
    assertError("NotAnInterface", "@LoginApi(baseUrl", Message.NOT_AN_INTERFACE, "NotAnInterface");
  }

  @Test
  void genericInterface() {
    assertError(
        "GenericInterface", "interface GenericInterface<T>", Message.GENERIC_INTERFACE, "GenericInterface");
  }

  @Test
  void invalidBaseUrl() {
    assertError(
        "InvalidBaseUrl", "ftp://files.example.com", Message.INVALID_BASE_URL, "ftp://files.example.com");
  }

  @Test
  void noEndpoint() {
    assertError("NoEndpoint", "Session logout(", Message.NO_ENDPOINT, "logout");
  }

  @Test
  void twoEndpoints() {
    assertError("TwoEndpoints", "@Post(\"/login\")", Message.TWO_ENDPOINTS, "login");
  }

  @Test
  void invalidPath() {
    assertError("InvalidPath", "value = \"/login?step=1\"", Message.INVALID_PATH, "/login?step=1");
  }

  @Test
  void paramWithoutMapping() {
    assertError("ParamWithoutMapping", "String password", Message.PARAM_WITHOUT_MAPPING, "password");
  }

  @Test
  void duplicateWireName() {
    assertError("DuplicateWireName", "String alias", Message.DUPLICATE_WIRE_NAME, "user", "login");
  }

  /** A method constant repeating an interface constant; constants have no element of their own. */
  @Test
  void duplicateWireNameOfConstants() {
    assertError("DuplicateConstant", "Session login(", Message.DUPLICATE_WIRE_NAME, "api", "login");
  }

  @Test
  void unsupportedParamType() {
    assertError(
        "UnsupportedParamType",
        "Instant since",
        Message.UNSUPPORTED_PARAM_TYPE,
        "since",
        "java.time.Instant");
  }

  @Test
  void recordParamNotInBody() {
    assertError("RecordParamNotInBody", "Device device", Message.RECORD_PARAM_NOT_IN_BODY, "device");
  }

  @Test
  void enumWithoutWireValue() {
    assertError("EnumWithoutWireValue", "POSSESS", Message.ENUM_WITHOUT_WIRE_VALUE, "Kill", "POSSESS");
  }

  @Test
  void defaultOnPrimitive() {
    assertError("DefaultOnPrimitive", "@Default(\"1\")", Message.DEFAULT_ON_PRIMITIVE, "tenant");
  }

  @Test
  void secretType() {
    assertError("SecretType", "@Secret", Message.SECRET_TYPE, "pin", "int");
  }

  @Test
  void unsupportedReturnType() {
    assertError("UnsupportedReturnType", "void login(", Message.UNSUPPORTED_RETURN_TYPE, "login", "void");
  }

  @Test
  void sessionNotRecord() {
    assertError(
        "SessionNotRecord", "Session login(", Message.SESSION_NOT_RECORD, "test.SessionNotRecord.Session");
  }

  @Test
  void fieldWithoutMapping() {
    assertError("FieldWithoutMapping", "long expires", Message.FIELD_WITHOUT_MAPPING, "expires");
  }

  @Test
  void unsupportedFieldType() {
    assertError(
        "UnsupportedFieldType",
        "List<String> roles",
        Message.UNSUPPORTED_FIELD_TYPE,
        "roles",
        "java.util.List<java.lang.String>");
  }

  @Test
  void secretFieldType() {
    assertError("SecretFieldType", "String token", Message.SECRET_FIELD_TYPE, "token", "java.lang.String");
  }

  @Test
  void nestedFieldNotInBody() {
    assertError("NestedFieldNotInBody", "Account account", Message.NESTED_FIELD_NOT_IN_BODY, "account", "header");
  }

  @Test
  void ruleWithoutPath() {
    assertError("RuleWithoutPath", "@SuccessWhen", Message.RULE_WITHOUT_PATH, "SuccessWhen", "login");
  }

  @Test
  void invalidBodyPath() {
    assertError("InvalidBodyPath", "path = \"result/\"", Message.INVALID_BODY_PATH, "result/");
  }

  /** The same check on a session field, whose position javac keeps on the component's field. */
  @Test
  void invalidFieldPath() {
    assertError("InvalidFieldPath", "String name", Message.INVALID_BODY_PATH, "@id/name");
  }

  /**
   * Repeated {@code @OnCode}s share a container annotation that javac gives no position of its own,
   * so the method is the most precise place it can show.
   */
  @Test
  void duplicateCode() {
    assertError("DuplicateCode", "Session login(", Message.DUPLICATE_CODE, "4", "login");
  }

  @Test
  void duplicateStatus() {
    assertError("DuplicateStatus", "@OnStatus", Message.DUPLICATE_STATUS, 409, "login");
  }

  @Test
  void codeTableWithoutCodePath() {
    assertError("CodeTableWithoutCodePath", "@OnCode", Message.CODE_TABLE_WITHOUT_CODE_PATH, "login");
  }

  @Test
  void invalidStatus() {
    assertError("InvalidStatus", "@OnStatus", Message.INVALID_STATUS, 4010);
  }

  @Test
  void headerCollision() {
    assertError("HeaderCollision", "@Constant", Message.HEADER_COLLISION, "Content-Type", "login");
  }

  /** Header names compare case-insensitively. */
  @Test
  void headerCollisionOfParameter() {
    assertError(
        "HeaderParamCollision", "String length", Message.HEADER_COLLISION, "content-length", "login");
  }

  @Test
  void secretInQuery() {
    assertWarning("SecretInQuery", "SecretInQueryClient", "String password", Message.SECRET_IN_QUERY, "password");
  }

  @Test
  void secretOverHttp() {
    assertWarning(
        "SecretOverHttp",
        "SecretOverHttpClient",
        "http://api.example.com",
        Message.SECRET_OVER_HTTP,
        "SecretOverHttp",
        "http://api.example.com");
  }

  /** Errors in one interface do not stop the client of another in the same compilation. */
  @Test
  void errorsInOneInterfaceLeaveOthersGenerated() {
    RecordingProcessor recorder = new RecordingProcessor(new LoginApiProcessor());
    Compilation compilation = Inputs.compile(recorder, Inputs.bad("NoEndpoint"), Inputs.good("FormLogin"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Message.NO_ENDPOINT.format("logout"));
    assertEquals(Set.of("test.FormLoginClient"), recorder.sources().keySet());
  }

  private static void assertError(String input, String line, Message message, Object... args) {
    JavaFileObject source = Inputs.bad(input);
    RecordingProcessor recorder = new RecordingProcessor(new LoginApiProcessor());
    Compilation compilation = Inputs.compile(recorder, source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation).hadErrorContaining(message.format(args)).inFile(source).onLineContaining(line);
    // A failed Compilation hides its generated files; the recorder saw every one the processor created.
    assertEquals(Set.of(), recorder.sources().keySet(), () -> "no client may be generated for " + input);
  }

  private static void assertWarning(String input, String client, String line, Message message, Object... args) {
    JavaFileObject source = Inputs.bad(input);
    RecordingProcessor recorder = new RecordingProcessor(new LoginApiProcessor());
    Compilation compilation = Inputs.compile(recorder, source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining(message.format(args)).inFile(source).onLineContaining(line);
    assertEquals(Set.of(Inputs.PACKAGE + "." + client), recorder.sources().keySet(), "a warning must not stop the client");
    assertTrue(Inputs.generated(compilation, client).isPresent(), () -> "a warning must not stop " + client);
  }
}
