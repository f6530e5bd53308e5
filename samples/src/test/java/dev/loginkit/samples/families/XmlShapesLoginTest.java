package dev.loginkit.samples.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * SOAP request shapes beyond child elements: attributes, element text, a header entry in its own
 * namespace.
 */
class XmlShapesLoginTest {
  @StartStop public final MockWebServer server = new MockWebServer();

  private ZimbraLogin client() {
    return new ZimbraLoginClient(
        LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  private static MockResponse soap12(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/soap+xml; charset=utf-8")
        .body(
            "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\">"
                + body
                + "</soap:Envelope>")
        .build();
  }

  @Test
  void zimbraAuthRequestIsWrittenAsDocumented() throws Exception {
    server.enqueue(
        soap12(
            200,
            "<soap:Header><context xmlns=\"urn:zimbra\"><change token=\"1\"/></context></soap:Header>"
                + "<soap:Body><AuthResponse xmlns=\"urn:zimbraAccount\"><authToken>0_84391e0a087f869d4d8f7386</authToken>"
                + "<lifetime>172799999</lifetime><skin>harmony</skin></AuthResponse></soap:Body>"));

    LoginResult<ZimbraLogin.Session> result =
        client().login("1", new ZimbraLogin.Account("name", "user@example.com"), "s3cr\"et<&>");

    RecordedRequest request = server.takeRequest();
    assertEquals("/service/soap", request.getTarget());
    assertEquals("application/soap+xml; charset=utf-8", request.getHeaders().get("Content-Type"));
    assertEquals(
        "<?xml version='1.0' encoding='UTF-8'?><SOAP-ENV:Envelope "
            + "xmlns:SOAP-ENV=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:ns1=\"urn:zimbraAccount\">"
            + "<SOAP-ENV:Header><context xmlns=\"urn:zimbra\"/></SOAP-ENV:Header>"
            + "<SOAP-ENV:Body><ns1:AuthRequest persistAuthTokenCookie=\"1\">"
            + "<ns1:account by=\"name\">user@example.com</ns1:account>"
            + "<ns1:password>s3cr\"et&lt;&amp;></ns1:password></ns1:AuthRequest></SOAP-ENV:Body></SOAP-ENV:Envelope>",
        request.getBody().utf8());
    ZimbraLogin.Session session = ((LoginResult.Success<ZimbraLogin.Session>) result).session();
    assertEquals("0_84391e0a087f869d4d8f7386", session.authToken().reveal());
    assertEquals(172799999L, session.lifetimeMillis());
  }

  @Test
  void anAttributeValueIsEscapedAsAnAttribute() throws Exception {
    server.enqueue(
        soap12(
            200,
            "<soap:Body><AuthResponse xmlns=\"urn:zimbraAccount\"><authToken>t</authToken>"
                + "<lifetime>1</lifetime></AuthResponse></soap:Body>"));

    client().login("\"1\" & <2>", new ZimbraLogin.Account("na\"me", "a<b"), "pw");

    String body = server.takeRequest().getBody().utf8();
    assertFalse(body.contains("persistAuthTokenCookie=\"\"1\""), body);
    assertEquals(true, body.contains("<ns1:account by=\"na&quot;me\">a&lt;b</ns1:account>"), body);
  }

  @Test
  void aFailedAuthenticationFaultIsInvalidCredentials() throws Exception {
    server.enqueue(
        soap12(
            500,
            "<soap:Body><soap:Fault><soap:Code><soap:Value>soap:Sender</soap:Value></soap:Code>"
                + "<soap:Reason><soap:Text>authentication failed for [user@example.com]</soap:Text></soap:Reason>"
                + "<soap:Detail><Error xmlns=\"urn:zimbra\"><Code>account.AUTH_FAILED</Code></Error></soap:Detail>"
                + "</soap:Fault></soap:Body>"));

    LoginResult<ZimbraLogin.Session> result =
        client().login("1", new ZimbraLogin.Account("name", "user@example.com"), "wrong");

    LoginFailure f = assertInstanceOf(LoginResult.Failure.class, result).failure();
    assertEquals(FailureReason.INVALID_CREDENTIALS, f.reason());
    assertEquals(500, f.httpStatus());
  }
}
