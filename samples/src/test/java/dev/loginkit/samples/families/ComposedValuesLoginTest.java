package dev.loginkit.samples.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginConfigurationException;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import java.util.Base64;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Values composed at compile time of inputs and text, sent exactly, and secret in every spelling.
 */
class ComposedValuesLoginTest {
  private static final String PASSWORD = "mypassword";
  private static final String TOKEN = "XXXXXXXXXX";

  @StartStop public final MockWebServer server = new MockWebServer();

  private LoginClientConfig config() {
    return LoginClientConfig.builder().baseUrl(server.url("/").toString()).build();
  }

  private static MockResponse xml(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "text/xml; charset=utf-8")
        .body(body)
        .build();
  }

  private static final String ENVELOPE =
      "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
          + "xmlns=\"urn:partner.soap.sforce.com\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>";

  @Test
  void salesforceGetsThePasswordFollowedByTheSecurityToken() throws Exception {
    server.enqueue(
        xml(
            200,
            ENVELOPE
                + "<loginResponse><result>"
                + "<metadataServerUrl>https://na1.salesforce.com/services/Soap/m/59.0/00D000000000001</metadataServerUrl>"
                + "<passwordExpired>false</passwordExpired><sandbox>false</sandbox>"
                + "<serverUrl>https://na1.salesforce.com/services/Soap/u/59.0/00D000000000001</serverUrl>"
                + "<sessionId>00D000000000001!AQ4AQFakeSessionId</sessionId><userId>005000000000001AAA</userId>"
                + "</result></loginResponse></soapenv:Body></soapenv:Envelope>"));

    LoginResult<SalesforceLogin.Session> result =
        new SalesforceLoginClient(config()).login("user@example.com", PASSWORD, TOKEN);

    RecordedRequest request = server.takeRequest();
    assertEquals("/services/Soap/u/59.0", request.getTarget());
    assertEquals("\"\"", request.getHeaders().get("SOAPAction"));
    assertTrue(
        request
            .getBody()
            .utf8()
            .contains(
                "<SOAP-ENV:Body><ns1:login><ns1:username>user@example.com</ns1:username>"
                    + "<ns1:password>mypasswordXXXXXXXXXX</ns1:password></ns1:login></SOAP-ENV:Body>"),
        request.getBody().utf8());
    SalesforceLogin.Session session =
        ((LoginResult.Success<SalesforceLogin.Session>) result).session();
    assertEquals("00D000000000001!AQ4AQFakeSessionId", session.sessionId().reveal());
    assertEquals(
        "https://na1.salesforce.com/services/Soap/u/59.0/00D000000000001", session.serverUrl());
    assertFalse(session.passwordExpired());
  }

  @Test
  void anInvalidLoginFaultEchoingTheComposedPasswordOrItsPartsShowsNone() throws Exception {
    server.enqueue(
        xml(
            500,
            ENVELOPE
                + "<soapenv:Fault><faultcode>sf:INVALID_LOGIN</faultcode>"
                + "<faultstring>INVALID_LOGIN: Invalid username, password, security token; or user locked out. "
                + "(got mypasswordXXXXXXXXXX, token XXXXXXXXXX, password mypassword)</faultstring>"
                + "</soapenv:Fault></soapenv:Body></soapenv:Envelope>"));

    LoginResult<SalesforceLogin.Session> result =
        new SalesforceLoginClient(config()).login("user@example.com", PASSWORD, TOKEN);

    LoginFailure f = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.INVALID_CREDENTIALS, f.reason());
    assertEquals(500, f.httpStatus());
    for (String text : List.of(result.toString(), f.summary(), String.valueOf(f.message()))) {
      assertFalse(text.contains(TOKEN) || text.contains(PASSWORD), text);
    }
    assertTrue(f.message().startsWith("INVALID_LOGIN: Invalid username"), f.message());
  }

  @Test
  void aBasicHeaderIsTheRfc7617ExampleAndAHexValueIsLowerCase() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"token\":\"t-1\"}").build());

    LoginResult<BasicHeaderLogin.Session> result =
        new BasicHeaderLoginClient(config()).login("Aladdin", "open sesame");

    RecordedRequest request = server.takeRequest();
    assertEquals(
        "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
        request.getHeaders().get("Authorization")); // RFC 7617 §2
    assertEquals("416c616464696e", request.getHeaders().get("X-User-Hex"));
    assertEquals("/session", request.getTarget());
    assertEquals(new LoginResult.Success<>(new BasicHeaderLogin.Session("t-1")), result);
  }

  @Test
  void aServerEchoingTheEncodedOrDecodedCredentialsShowsNeither() throws Exception {
    String encoded = Base64.getEncoder().encodeToString("Aladdin:open sesame".getBytes());
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .body("{\"message\":\"rejected Basic " + encoded + " (Aladdin:open sesame)\"}")
            .build());

    LoginResult<BasicHeaderLogin.Session> result =
        new BasicHeaderLoginClient(config()).login("Aladdin", "open sesame");

    LoginFailure f = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.INVALID_CREDENTIALS, f.reason());
    assertFalse(f.message().contains(encoded) || f.message().contains("open sesame"), f.message());
  }

  @Test
  void aNullInputIsRefusedBeforeAnythingIsSent() {
    LoginConfigurationException e =
        assertThrows(
            LoginConfigurationException.class,
            () -> new BasicHeaderLoginClient(config()).login("Aladdin", null));
    assertEquals("parameter 'password' is required but was null", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
