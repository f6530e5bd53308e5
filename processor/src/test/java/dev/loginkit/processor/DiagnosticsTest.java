package dev.loginkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
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
        "GenericInterface",
        "interface GenericInterface<T>",
        Message.GENERIC_INTERFACE,
        "GenericInterface");
  }

  @Test
  void invalidBaseUrl() {
    assertError(
        "InvalidBaseUrl",
        "ftp://files.example.com",
        Message.INVALID_BASE_URL,
        "ftp://files.example.com");
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
    assertError(
        "ParamWithoutMapping", "String password", Message.PARAM_WITHOUT_MAPPING, "password");
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
    assertError(
        "RecordParamNotInBody", "Device device", Message.RECORD_PARAM_NOT_IN_BODY, "device");
  }

  @Test
  void enumWithoutWireValue() {
    assertError(
        "EnumWithoutWireValue", "POSSESS", Message.ENUM_WITHOUT_WIRE_VALUE, "Kill", "POSSESS");
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
    assertError(
        "UnsupportedReturnType", "void login(", Message.UNSUPPORTED_RETURN_TYPE, "login", "void");
  }

  @Test
  void sessionNotRecord() {
    assertError(
        "SessionNotRecord",
        "Session login(",
        Message.SESSION_NOT_RECORD,
        "test.SessionNotRecord.Session");
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
    assertError(
        "SecretFieldType", "String token", Message.SECRET_FIELD_TYPE, "token", "java.lang.String");
  }

  @Test
  void nestedFieldNotInBody() {
    assertError(
        "NestedFieldNotInBody",
        "Account account",
        Message.NESTED_FIELD_NOT_IN_BODY,
        "account",
        "header");
  }

  @Test
  void ruleWithoutPath() {
    assertError(
        "RuleWithoutPath", "@SuccessWhen", Message.RULE_WITHOUT_PATH, "SuccessWhen", "login");
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
    assertError(
        "CodeTableWithoutCodePath", "@OnCode", Message.CODE_TABLE_WITHOUT_CODE_PATH, "login");
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
        "HeaderParamCollision",
        "String length",
        Message.HEADER_COLLISION,
        "content-length",
        "login");
  }

  /**
   * OkHttp asks for gzip and unpacks it transparently; a declared Accept-Encoding would undo that.
   */
  @Test
  void headerCollisionOfAcceptEncoding() {
    assertError(
        "AcceptEncodingCollision",
        "@Constant(name = \"Accept-Encoding\"",
        Message.HEADER_COLLISION,
        "Accept-Encoding",
        "login");
  }

  /** The same for an interface constant, reported on the interface and in any letter case. */
  @Test
  void headerCollisionOfAcceptEncodingOnTheInterface() {
    assertError(
        "AcceptEncodingOnInterface",
        "@Constant(name = \"accept-encoding\"",
        Message.HEADER_COLLISION,
        "accept-encoding",
        "AcceptEncodingOnInterface");
  }

  @Test
  void secretInQuery() {
    assertWarning(
        "SecretInQuery",
        "SecretInQueryClient",
        "String password",
        Message.SECRET_IN_QUERY,
        "password");
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

  @Test
  void soapOnNonSoapEndpoint() {
    assertError(
        "SoapOnNonSoapEndpoint", "@Soap(namespace", Message.SOAP_ON_NON_SOAP_ENDPOINT, "login");
  }

  @Test
  void quotedSoapAction() {
    assertError(
        "QuotedSoapAction",
        "action = ",
        Message.INVALID_SOAP_ACTION,
        "\"urn:myapi#login\"",
        "login");
  }

  @Test
  void emptySoapNamespace() {
    assertError(
        "EmptySoapNamespace",
        "@Soap(namespace = \"\")",
        Message.INVALID_SOAP_NAMESPACE,
        "",
        "login");
  }

  @Test
  void unknownTemplateInput() {
    assertError(
        "UnknownTemplateInput",
        "@Composed(name",
        Message.UNKNOWN_TEMPLATE_INPUT,
        "password",
        "token",
        "login");
  }

  @Test
  void unusedInput() {
    assertError(
        "UnusedInput", "@Input String token", Message.UNUSED_INPUT, "token", "login", "token");
  }

  @Test
  void inputType() {
    assertError("InputType", "@Input Pair pair", Message.INPUT_TYPE, "pair", "test.InputType.Pair");
  }

  @Test
  void inputWithParam() {
    assertError(
        "InputWithParam", "Session login(@Input @Param", Message.INPUT_WITH_PARAM, "password");
  }

  @Test
  void unknownPlaceholder() {
    assertError(
        "UnknownPlaceholder",
        "@Constant(name = \"Referer\"",
        Message.UNKNOWN_PLACEHOLDER,
        "Referer",
        "host");
  }

  @Test
  void invalidContentType() {
    assertError(
        "InvalidContentType",
        "contentType = ",
        Message.INVALID_CONTENT_TYPE,
        "text/plain",
        "login",
        "does not describe the JSON body LoginKit writes");
  }

  @Test
  void invalidTypedConstant() {
    assertError(
        "InvalidTypedConstant",
        "@Constant(name = \"id\"",
        Message.INVALID_TYPED_CONSTANT,
        "id",
        "one",
        "NUMBER");
  }

  @Test
  void typedValueOutsideJsonBody() {
    assertError(
        "TypedValueOutsideJsonBody",
        "Session login(",
        Message.TYPED_VALUE_OUTSIDE_JSON_BODY,
        "scopes",
        "JSON",
        "login");
  }

  @Test
  void invalidTypedDefault() {
    assertError(
        "InvalidTypedDefault", "Integer id", Message.INVALID_TYPED_DEFAULT, "first", "id", "int");
  }

  @Test
  void positionalOutsideJsonBody() {
    assertError(
        "PositionalOutsideJsonBody",
        "String user",
        Message.POSITIONAL_OUTSIDE_JSON_BODY,
        "args[0]",
        "login");
  }

  @Test
  void positionalGap() {
    assertError(
        "PositionalGap",
        "Session login(",
        Message.POSITIONAL_GAP,
        "params",
        "login",
        "[0, 2]",
        "params");
  }

  @Test
  void namespaceOutsideSoap() {
    assertError(
        "NamespaceOutsideSoap", "String user", Message.NAMESPACE_OUTSIDE_SOAP, "user", "login");
  }

  @Test
  void invalidElementNamespace() {
    assertError(
        "InvalidElementNamespace",
        "Session login(",
        Message.INVALID_ELEMENT_NAMESPACE,
        "urn:a b",
        "context",
        "login");
  }

  @Test
  void mixedContent() {
    assertError("MixedContent", "Account account", Message.MIXED_CONTENT, "account", "login");
  }

  @Test
  void invalidSoapElementName() {
    assertError(
        "InvalidSoapElementName",
        "String user",
        Message.INVALID_XML_NAME,
        "SOAP element",
        "user name",
        "login");
  }

  @Test
  void invalidSoapOperation() {
    assertError(
        "InvalidSoapOperation",
        "operation = ",
        Message.INVALID_XML_NAME,
        "SOAP operation",
        "api login",
        "login");
  }

  /** Neither the method nor the interface says which namespace the envelope uses. */
  @Test
  void soapWithoutEnvelope() {
    assertError("SoapWithoutEnvelope", "Session login(", Message.SOAP_WITHOUT_ENVELOPE, "login");
  }

  @Test
  void xmlRpcOnNonXmlRpcEndpoint() {
    assertError(
        "XmlRpcOnNonXmlRpcEndpoint",
        "@XmlRpc(\"login\")",
        Message.XML_RPC_ON_NON_XML_RPC_ENDPOINT,
        "login");
  }

  @Test
  void xmlRpcWithoutMethod() {
    assertError("XmlRpcWithoutMethod", "Session login(", Message.XML_RPC_WITHOUT_METHOD, "login");
  }

  /** Shown on the written {@code format}, not on the whole annotation. */
  @Test
  void formatMismatch() {
    assertError(
        "FormatMismatch",
        "format = Format.JSON",
        Message.FORMAT_MISMATCH,
        "login",
        BodyEncoding.SOAP,
        Format.JSON,
        BodyEncoding.SOAP,
        Format.SOAP);
  }

  @Test
  void soapHeaderNotSoap() {
    assertError("SoapHeaderNotSoap", "String auth", Message.SOAP_HEADER_NOT_SOAP, "auth", "login");
  }

  /** The second Format parameter is the mistake. */
  @Test
  void twoFormatParams() {
    assertError("TwoFormatParams", "Format second", Message.TWO_FORMAT_PARAMS, "login");
  }

  @Test
  void invalidFormatDefault() {
    assertError(
        "InvalidFormatDefault",
        "@Default(\"YAML\")",
        Message.INVALID_FORMAT_DEFAULT,
        "YAML",
        "format");
  }

  @Test
  void messageRuleNeedsOneTest() {
    assertError(
        "MessageRuleNeedsOneTest",
        "@OnMessage(equals",
        Message.MESSAGE_RULE_NEEDS_ONE_TEST,
        "login");
  }

  /** The reason is java.util.regex's own description of what is wrong with the pattern. */
  @Test
  void invalidRegex() {
    String regex = "Access denied from (?<ip\\S+)";
    PatternSyntaxException problem =
        assertThrows(PatternSyntaxException.class, () -> Pattern.compile(regex));
    assertError(
        "InvalidRegex",
        "@OnMessage(matches",
        Message.INVALID_REGEX,
        regex,
        "login",
        problem.getDescription());
  }

  @Test
  void messageRuleWithoutMessage() {
    assertError(
        "MessageRuleWithoutMessage",
        "@OnMessage(equals",
        Message.MESSAGE_RULE_WITHOUT_MESSAGE,
        "login");
  }

  /**
   * A SOAP or XML-RPC answer can be a fault, whose string the message rules match: there they need
   * no {@code @FailureDetails(message = …)}.
   */
  @Test
  void messageRulesWithoutMessagePathMatchFaultStrings() {
    Compilation soap = Inputs.compile(Inputs.good("SoapRpcEncodedLogin"));
    assertThat(soap).succeededWithoutWarnings();
    String soapClient = Inputs.generatedText(soap, "SoapRpcEncodedLoginClient");
    assertTrue(
        soapClient.contains(".onMessageMatching(FailureReason.INVALID_CREDENTIALS, "), soapClient);
    assertFalse(soapClient.contains(".failureDetails("), soapClient);

    Compilation xmlRpc = Inputs.compile(Inputs.good("XmlRpcPositionalLogin"));
    assertThat(xmlRpc).succeededWithoutWarnings();
    String xmlRpcClient = Inputs.generatedText(xmlRpc, "XmlRpcPositionalLoginClient");
    assertTrue(
        xmlRpcClient.contains(".onMessage(FailureReason.INVALID_CREDENTIALS, \"Bad credentials\")"),
        xmlRpcClient);
    assertFalse(xmlRpcClient.contains(".failureDetails("), xmlRpcClient);
  }

  /** Shown on the written {@code param}: a wire name the call does not send ("kil" for "kill"). */
  @Test
  void attachPlace() {
    assertError(
        "AttachPlace", "@Attach(value = \"sid\"", Message.ATTACH_PLACE, "sid", "SOAP_HEADER");
  }

  @Test
  void attachNotTopLevel() {
    assertError("AttachNotTopLevel", "@Attach(\"token\")", Message.ATTACH_NOT_TOP_LEVEL, "token");
  }

  @Test
  void invalidEcho() {
    assertError("InvalidEcho", "@ChallengeWhen", Message.INVALID_ECHO, "token", "login");
  }

  @Test
  void continuationWithoutAnswer() {
    assertError(
        "ContinuationWithoutAnswer",
        "@ChallengeWhen",
        Message.CONTINUATION_WITHOUT_ANSWER,
        "login");
  }

  @Test
  void retryParamUnknown() {
    assertError(
        "RetryParamUnknown", "param = \"kil\"", Message.RETRY_PARAM_UNKNOWN, "kil", "login");
  }

  @Test
  void exampleWithBodyAndResource() {
    assertError(
        "ExampleBodyAndResource",
        "@Example(body",
        Message.EXAMPLE_NEEDS_ONE_BODY,
        "#1 (examples/acme/success.json)",
        "login");
  }

  @Test
  void exampleWithoutBody() {
    assertError(
        "ExampleWithoutBody", "@Example(session", Message.EXAMPLE_NEEDS_ONE_BODY, "#1", "login");
  }

  /** Neither the class output, nor the source path, nor the class path holds it. */
  @Test
  void exampleResourceNotFound() {
    assertError(
        "ExampleResourceNotFound",
        "@Example(resource",
        Message.EXAMPLE_RESOURCE_NOT_FOUND,
        "examples/acme/no-such-answer.json",
        "login");
  }

  /**
   * What the answer gave instead is told with the failure's summary: reason, status, code, message.
   */
  @Test
  void exampleNotASuccess() {
    assertError(
        "ExampleNotASuccess",
        "@Example(body",
        Message.EXAMPLE_MISMATCH,
        "#1",
        "login",
        "it gave a failure INVALID_CREDENTIALS (HTTP 200, code 4): Invalid user, not a success");
  }

  @Test
  void exampleWrongReason() {
    assertError(
        "ExampleWrongReason",
        "@Example(",
        Message.EXAMPLE_MISMATCH,
        "#1",
        "login",
        "it gave a failure INVALID_CREDENTIALS (HTTP 200, code 4): Invalid user, not reason ACCOUNT_LOCKED");
  }

  /** Codes 4 and 5 both mean invalid credentials: the reason is right, the code is not. */
  @Test
  void exampleWrongCode() {
    assertError(
        "ExampleWrongCode",
        "@Example(",
        Message.EXAMPLE_MISMATCH,
        "#1",
        "login",
        "it gave a failure INVALID_CREDENTIALS (HTTP 200, code 4): Invalid user, not code 5");
  }

  @Test
  void exampleNotAChallenge() {
    assertError(
        "ExampleNotAChallenge",
        "@Example(body",
        Message.EXAMPLE_MISMATCH,
        "#1",
        "login",
        "it gave a success, not a challenge");
  }

  /**
   * The int is compared as the client converts it. Example #2 is wrong, #1 is right: the number
   * says which, because javac 17 gives repeated annotations (held by their container) no position
   * of their own, so the method is the most precise place it can show.
   */
  @Test
  void exampleSessionValueDiffers() {
    assertError(
        "ExampleSessionValueDiffers",
        "LoginResult<Session> login(",
        Message.EXAMPLE_MISMATCH,
        "#2",
        "login",
        "session value expiresIn was \"3600\", not \"60\"");
  }

  /** {@code user.mail}: the nested record has {@code email}, no {@code mail}. */
  @Test
  void exampleSessionKeyUnknown() {
    assertError(
        "ExampleSessionKeyUnknown",
        "@Example(",
        Message.EXAMPLE_MISMATCH,
        "#1",
        "login",
        "session entry \"user.mail\" is not a component path of the session");
  }

  /** A secret that differs is named, never shown: the build log must not print it. */
  @Test
  void exampleSecretDiffers() {
    Compilation compilation =
        assertError(
            "ExampleSecretDiffers",
            "@Example(",
            Message.EXAMPLE_MISMATCH,
            "#1",
            "login",
            "secret session value token differs from the declared one");
    assertNotPrinted(compilation, "ExampleSecretDiffers", "s3cr3t-actual");
  }

  /** The same for a secret component of a nested record. */
  @Test
  void exampleNestedSecretDiffers() {
    Compilation compilation =
        assertError(
            "ExampleNestedSecretDiffers",
            "@Example(",
            Message.EXAMPLE_MISMATCH,
            "#1",
            "login",
            "secret session value user.apiKey differs from the declared one");
    assertNotPrinted(compilation, "ExampleNestedSecretDiffers", "k3y-actual");
  }

  @Test
  void inheritedMethod() {
    assertError(
        "InheritedMethod",
        "public interface InheritedMethod extends",
        Message.INHERITED_METHOD,
        "InheritedMethod",
        "login(java.lang.String)",
        "InheritedMethodBase",
        "InheritedMethod");
  }

  /** The session record is private to the class around the interface. */
  @Test
  void privateType() {
    assertError("PrivateType", "Session login(", Message.PRIVATE_TYPE, "PrivateType.Session");
  }

  @Test
  void privateInterface() {
    assertError(
        "PrivateInterface", "private interface Api", Message.PRIVATE_TYPE, "PrivateInterface.Api");
  }

  @Test
  void privateParamType() {
    assertError("PrivateParamType", "Kill kill", Message.PRIVATE_TYPE, "PrivateParamType.Kill");
  }

  @Test
  void sealedInterface() {
    assertError(
        "SealedInterface",
        "sealed interface SealedInterface",
        Message.SEALED_INTERFACE,
        "SealedInterface",
        "SealedInterfaceClient",
        "SealedInterfaceClient");
  }

  /** The user's own class already has the client's name; javac's Filer refuses to write it. */
  @Test
  void clientNameTaken() {
    assertError(
        "ClientNameTaken",
        "public interface ClientNameTaken",
        Message.CLIENT_NAME_TAKEN,
        "ClientNameTaken",
        "ClientNameTakenClient");
  }

  /**
   * An annotation value naming a constant that does not exist: javac reports the name, and LoginKit
   * (which reads the value as the wrong type) says why there is no client instead of failing.
   */
  @Test
  void unresolvedReference() {
    assertUnresolved("UnresolvedReference", "@Post(Paths.LOGIN)", "Paths");
  }

  /** The same for a parameter type: not an unsupported type, just one javac cannot find. */
  @Test
  void unresolvedType() {
    assertUnresolved("UnresolvedType", "Device device", "Device");
  }

  /**
   * A constant or type that another processor generates resolves in a later round, where LoginKit
   * then writes the client: unresolved references are retried, not reported, before the last round.
   */
  @Test
  void namesGeneratedInALaterRoundResolve() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new PathsGenerator(), new LoginApiProcessor())
            .compile(
                JavaFileObjects.forSourceLines(
                    "test.LaterConstant",
                    "package test;",
                    "",
                    "import dev.loginkit.annotations.Field;",
                    "import dev.loginkit.annotations.LoginApi;",
                    "import dev.loginkit.annotations.Param;",
                    "import dev.loginkit.annotations.Post;",
                    "",
                    "@LoginApi(baseUrl = \"https://api.example.com\")",
                    "public interface LaterConstant {",
                    "  record Session(@Field(\"sid\") String sid) {}",
                    "",
                    "  @Post(Paths.LOGIN)",
                    "  Session login(@Param(\"user\") String user);",
                    "}"),
                JavaFileObjects.forSourceLines(
                    "test.LaterType",
                    "package test;",
                    "",
                    "import dev.loginkit.annotations.LoginApi;",
                    "import dev.loginkit.annotations.Param;",
                    "import dev.loginkit.annotations.Post;",
                    "",
                    "@LoginApi(baseUrl = \"https://api.example.com\")",
                    "public interface LaterType {",
                    "  @Post(\"/login\")",
                    "  GeneratedSession login(@Param(\"user\") String user);",
                    "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String constant = Inputs.generatedText(compilation, "LaterConstantClient");
    assertTrue(constant.contains("Operation.post(\"login\", \"/generated/login\", "), constant);
    String type = Inputs.generatedText(compilation, "LaterTypeClient");
    assertTrue(type.contains("public GeneratedSession login(String user)"), type);
  }

  /**
   * Woodstox is optional in loginkit-runtime. On a class path without it, an interface with XML
   * calls gets one error, on the first of them (the JSON method before it needs nothing).
   */
  @Test
  void xmlWithoutWoodstox() {
    assertError(
        Compiler.javac().withClasspath(Inputs.classPathWithoutWoodstox()),
        "XmlWithoutWoodstox",
        "@Get(value = \"/gw.k\"",
        Message.XML_WITHOUT_WOODSTOX,
        "login",
        "reads XML answers");
  }

  /** Errors in one interface do not stop the client of another in the same compilation. */
  @Test
  void errorsInOneInterfaceLeaveOthersGenerated() {
    RecordingProcessor recorder = new RecordingProcessor(new LoginApiProcessor());
    Compilation compilation =
        Inputs.compile(recorder, Inputs.bad("NoEndpoint"), Inputs.good("FormLogin"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Message.NO_ENDPOINT.format("logout"));
    assertEquals(Set.of("test.FormLoginClient"), recorder.sources().keySet());
  }

  private static Compilation assertError(
      String input, String line, Message message, Object... args) {
    return assertError(Compiler.javac(), input, line, message, args);
  }

  /** As above, compiled by {@code javac} (a class path of its own, say). */
  private static Compilation assertError(
      Compiler javac, String input, String line, Message message, Object... args) {
    JavaFileObject source = Inputs.bad(input);
    RecordingProcessor recorder = new RecordingProcessor(new LoginApiProcessor());
    Compilation compilation = javac.withProcessors(recorder).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(message.format(args))
        .inFile(source)
        .onLineContaining(line);
    // A failed Compilation hides its generated files; the recorder saw every one the processor
    // created.
    assertEquals(
        Set.of(), recorder.sources().keySet(), () -> "no client may be generated for " + input);
    return compilation;
  }

  /** The input holds {@code secret}, and no diagnostic shows it. */
  private static void assertNotPrinted(Compilation compilation, String input, String secret) {
    assertTrue(
        Inputs.text(Inputs.bad(input)).contains(secret),
        () -> input + " no longer holds " + secret);
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String text = diagnostic.getMessage(Locale.ROOT);
      assertFalse(text.contains(secret), () -> "the diagnostic shows the secret: " + text);
    }
  }

  /**
   * javac's own error where the name is used, and LoginKit's on the interface; nothing generated.
   */
  private static void assertUnresolved(String input, String line, String name) {
    JavaFileObject source = Inputs.bad(input);
    RecordingProcessor recorder = new RecordingProcessor(new LoginApiProcessor());
    Compilation compilation = Inputs.compile(recorder, source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation).hadErrorContaining(name).inFile(source).onLineContaining(line);
    assertThat(compilation)
        .hadErrorContaining(Message.UNRESOLVED_REFERENCE.format(input, name, name))
        .inFile(source)
        .onLineContaining("public interface " + input);
    assertEquals(
        Set.of(), recorder.sources().keySet(), () -> "no client may be generated for " + input);
  }

  /**
   * Writes {@code test.Paths} and {@code test.GeneratedSession} in the first round, as another
   * processor might.
   */
  private static final class PathsGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        write(
            "test.Paths",
            "package test;\n\npublic final class Paths {\n"
                + "  public static final String LOGIN = \"/generated/login\";\n\n  private Paths() {}\n}\n");
        write(
            "test.GeneratedSession",
            "package test;\n\nimport dev.loginkit.annotations.Field;\n\n"
                + "public record GeneratedSession(@Field(\"sid\") String sid) {}\n");
      }
      return false;
    }

    private void write(String name, String text) {
      try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        out.write(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void assertWarning(
      String input, String client, String line, Message message, Object... args) {
    JavaFileObject source = Inputs.bad(input);
    RecordingProcessor recorder = new RecordingProcessor(new LoginApiProcessor());
    Compilation compilation = Inputs.compile(recorder, source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(message.format(args))
        .inFile(source)
        .onLineContaining(line);
    assertEquals(
        Set.of(Inputs.PACKAGE + "." + client),
        recorder.sources().keySet(),
        "a warning must not stop the client");
    assertTrue(
        Inputs.generated(compilation, client).isPresent(),
        () -> "a warning must not stop " + client);
  }
}
