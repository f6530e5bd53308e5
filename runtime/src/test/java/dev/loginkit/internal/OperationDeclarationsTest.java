package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.SoapVersion;
import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Declarations evaluated by the real runtime against a loopback server: SOAP and XML-RPC faults are
 * read whatever the status, a message rule's captured details are masked, the status table and
 * LoginKit's defaults hold at their edges, and a declared retry replaces a defaulted value wherever
 * it stands.
 */
class OperationDeclarationsTest {
  private static final String PASSWORD = "Op-s3cret";
  private static final SessionMapper<String> MAPPER = reply -> reply.get(From.BODY, "sid", true);

  private final MockWebServer server = new MockWebServer();
  private LoginRuntime runtime;

  @BeforeEach
  void start() throws IOException {
    server.start();
    runtime =
        new LoginRuntime(
            "https://login.example.com",
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private LoginFailure failure(Operation op, Params params, int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).body(body).build());
    return assertInstanceOf(LoginResult.Failure.class, runtime.execute(op, params, MAPPER))
        .failure();
  }

  private static Params params() {
    return new Params().param("user", "alice").secret("password", PASSWORD);
  }

  private static Operation soap(SoapVersion version) {
    return Operation.post("login", "/soap", BodyEncoding.SOAP, Format.SOAP)
        .soap(new SoapSpec(version, "urn:login", "Login", "urn:login#Login", false, false))
        .successWhen("sid")
        .reads("sid")
        .build();
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 500})
  void aSoap11FaultIsReadWhateverTheStatus(int status) {
    LoginFailure f =
        failure(
            soap(SoapVersion.V1_1),
            params(),
            status,
            "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
                + "<faultcode>S:Client</faultcode><faultstring>bad password "
                + PASSWORD
                + "</faultstring>"
                + "</S:Fault></S:Body></S:Envelope>");
    assertEquals(FailureReason.INVALID_REQUEST, f.reason());
    assertEquals("Client", f.code());
    assertEquals("bad password ***", f.message());
  }

  @Test
  void aSoap12FaultIsRead() {
    LoginFailure f =
        failure(
            soap(SoapVersion.V1_2),
            params(),
            500,
            "<e:Envelope xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\"><e:Body><e:Fault>"
                + "<e:Code><e:Value>e:Receiver</e:Value></e:Code><e:Reason><e:Text xml:lang=\"en\">down</e:Text></e:Reason>"
                + "</e:Fault></e:Body></e:Envelope>");
    assertEquals(FailureReason.UNKNOWN, f.reason());
    assertEquals("Receiver", f.code());
    assertEquals("down", f.message());
  }

  @Test
  void anXmlRpcFaultIsReadAndTheRequestNamesTheDeclaredMethod() throws Exception {
    Operation op =
        Operation.post("login", "/RPC2", BodyEncoding.XML_RPC, Format.XML_RPC)
            .xmlRpc("session.login", true)
            .onCode(FailureReason.ACCOUNT_LOCKED, "23")
            .successWhen("sid")
            .reads("sid")
            .build();
    LoginFailure f =
        failure(
            op,
            params(),
            200,
            "<methodResponse><fault><value><struct>"
                + "<member><name>faultCode</name><value><int>23</int></value></member>"
                + "<member><name>faultString</name><value><string>locked</string></value></member>"
                + "</struct></value></fault></methodResponse>");
    assertEquals(FailureReason.ACCOUNT_LOCKED, f.reason());
    assertEquals("23", f.code());
    assertEquals("locked", f.message());
    String body = server.takeRequest().getBody().utf8();
    assertTrue(body.contains("<methodName>session.login</methodName>"), body);
    assertTrue(body.contains("<struct>"), body);
  }

  @Test
  void positionalXmlRpcParametersAreNoStruct() throws Exception {
    Operation op =
        Operation.post("login", "/RPC2", BodyEncoding.XML_RPC, Format.XML_RPC)
            .xmlRpc("login", false)
            .successWhen("sid")
            .reads("sid")
            .build();
    failure(op, params(), 500, "oops");
    String body = server.takeRequest().getBody().utf8();
    assertFalse(body.contains("<struct>"), body);
    assertTrue(body.contains("<methodName>login</methodName>"), body);
  }

  @Test
  void aMessageRulesCapturedDetailsAreMasked() {
    Operation op =
        Operation.post("login", "/login", BodyEncoding.FORM, Format.JSON)
            .failureDetails("code", "message", "field")
            .onMessageMatching(
                FailureReason.ACCESS_DENIED, "denied for (?<who>.+) from (?<ip>[0-9.]+)")
            .successWhen("sid")
            .reads("sid")
            .build();
    LoginFailure f =
        failure(
            op,
            params(),
            403,
            "{\"message\":\"denied for alice/"
                + PASSWORD
                + " from 10.0.0.7\",\"field\":\""
                + PASSWORD
                + "\",\"code\":\"D1\"}");
    assertEquals(FailureReason.ACCESS_DENIED, f.reason());
    assertEquals("alice/***", f.details().get("who"));
    assertEquals("10.0.0.7", f.details().get("ip"));
    assertEquals("***", f.field());
    assertEquals("D1", f.code());
  }

  @Test
  void fieldErrorsNameTheFirstField() {
    Operation op =
        Operation.post("login", "/login", BodyEncoding.FORM, Format.JSON)
            .failureDetails("code", "message", "")
            .fieldErrors("errors", FailureReason.MISSING_CREDENTIALS)
            .successWhen("sid")
            .reads("sid")
            .build();
    LoginFailure f =
        failure(op, params(), 422, "{\"errors\":{\"password\":\"" + PASSWORD + " is too short\"}}");
    assertEquals(FailureReason.MISSING_CREDENTIALS, f.reason());
    assertEquals("password", f.field());
    assertEquals("*** is too short", f.message());
  }

  @ParameterizedTest
  @CsvSource({
    "100, UNKNOWN",
    "199, UNKNOWN",
    "200, UNKNOWN",
    "299, UNKNOWN",
    "300, PROTOCOL_ERROR",
    "302, PROTOCOL_ERROR",
    "399, PROTOCOL_ERROR",
    "400, INVALID_REQUEST",
    "401, INVALID_CREDENTIALS",
    "402, INVALID_REQUEST",
    "403, ACCESS_DENIED",
    "422, INVALID_REQUEST",
    "423, ACCOUNT_LOCKED",
    "428, INVALID_REQUEST",
    "429, RATE_LIMITED",
    "499, INVALID_REQUEST",
    "500, SERVICE_UNAVAILABLE",
    "503, SERVICE_UNAVAILABLE",
    "599, SERVICE_UNAVAILABLE",
  })
  void statusesNoTableMentionsHaveLoginKitsDefaults(int status, FailureReason reason) {
    assertEquals(reason, Operation.defaultReason(status));
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 201, 299})
  void every2xxWithTheSuccessRuleIsASuccess(int status) {
    server.enqueue(
        new MockResponse.Builder().code(status).body("{\"sid\":\"s-" + status + "\"}").build());
    Operation op =
        Operation.post("login", "/login", BodyEncoding.FORM, Format.JSON)
            .successWhen("sid")
            .reads("sid")
            .build();
    assertEquals(
        "s-" + status,
        assertInstanceOf(LoginResult.Success.class, runtime.execute(op, params(), MAPPER))
            .session());
  }

  @ParameterizedTest
  @ValueSource(ints = {300, 304, 400})
  void noOtherStatusIsASuccessWhateverTheBody(int status) {
    Operation op =
        Operation.post("login", "/login", BodyEncoding.FORM, Format.JSON)
            .successWhen("sid")
            .reads("sid")
            .build();
    assertEquals(
        Operation.defaultReason(status), failure(op, params(), status, "{\"sid\":\"s\"}").reason());
  }

  /** The retried parameter is found wherever it stands, first of all included. */
  @Test
  void aDefaultedFirstParameterIsReplacedByTheRetry() throws Exception {
    Operation op =
        Operation.post("login", "/login", BodyEncoding.FORM, Format.JSON)
            .failureDetails("code", "message", "")
            .onCode(FailureReason.SESSION_CONFLICT, "5")
            .retryOnce(FailureReason.SESSION_CONFLICT, "kill", "possess")
            .successWhen("sid")
            .reads("sid")
            .build();
    server.enqueue(new MockResponse.Builder().code(200).body("{\"code\":\"5\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"s-2\"}").build());
    Params first =
        new Params().paramOrDefault("kill", null, "no", In.DEFAULT).secret("password", PASSWORD);

    assertEquals(
        "s-2",
        assertInstanceOf(LoginResult.Success.class, runtime.execute(op, first, MAPPER)).session());
    assertEquals("kill=no&password=Op-s3cret", server.takeRequest().getBody().utf8());
    RecordedRequest retry = server.takeRequest();
    assertEquals("kill=possess&password=Op-s3cret", retry.getBody().utf8());
  }

  /** A secret defaulted value stays secret in the retry's messages. */
  @Test
  void aDefaultedSecretIsMaskedAndReplacedOnce() {
    Operation op =
        Operation.post("login", "/login", BodyEncoding.FORM, Format.JSON)
            .failureDetails("code", "message", "")
            .onCode(FailureReason.SESSION_CONFLICT, "5")
            .retryOnce(FailureReason.SESSION_CONFLICT, "token", "fallback-t0ken")
            .successWhen("sid")
            .reads("sid")
            .build();
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"code\":\"5\",\"message\":\"default-t0ken\"}")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"code\":\"5\",\"message\":\"fallback-t0ken\"}")
            .build());
    Params first = new Params().secretOrDefault("token", null, "default-t0ken", In.DEFAULT);

    LoginFailure f =
        assertInstanceOf(LoginResult.Failure.class, runtime.execute(op, first, MAPPER)).failure();

    assertEquals(FailureReason.SESSION_CONFLICT, f.reason());
    assertEquals("***", f.message());
    assertEquals(2, server.getRequestCount());
  }

  /** The echoed token declared before the answer parameter still travels with the answer. */
  @Test
  void anEchoDeclaredBeforeTheAnswerIsKept() throws Exception {
    Operation op =
        Operation.post("login", "/login", BodyEncoding.FORM, Format.JSON)
            .challengeWhen(FailureReason.TWO_FACTOR_REQUIRED, new int[] {401}, "mfa", "true")
            .echo("state", "state")
            .answeredBy("code")
            .successWhen("sid")
            .reads("sid")
            .build();
    server.enqueue(
        new MockResponse.Builder().code(401).body("{\"mfa\":\"true\",\"state\":\"st-9\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"s-mfa\"}").build());

    LoginResult.Challenge<String> challenge =
        assertInstanceOf(LoginResult.Challenge.class, runtime.execute(op, params(), MAPPER));
    assertEquals(
        "s-mfa",
        assertInstanceOf(LoginResult.Success.class, challenge.continueWith("4242")).session());

    server.takeRequest();
    assertEquals(
        "user=alice&password=Op-s3cret&state=st-9&code=4242",
        server.takeRequest().getBody().utf8());
    assertEquals("/login", op.path());
    assertTrue(op.toString().contains("login"), op.toString());
  }
}
