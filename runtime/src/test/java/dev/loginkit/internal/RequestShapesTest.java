package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginConfigurationException;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.SoapVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Request shapes as declared: a documented content type replaces the encoding's own, bytes
 * unchanged; positional JSON arrays keep their positions; JSON literals are written as given; an
 * {@code {origin}} header names where the call goes; the parameter list and its printed form never
 * show a value.
 */
class RequestShapesTest {
  private static final HttpUrl BASE = HttpUrl.get("https://login.example.com:8443/");

  private static String body(Request request) throws IOException {
    Buffer out = new Buffer();
    request.body().writeTo(out);
    return out.readUtf8();
  }

  private static Operation.Builder post(BodyEncoding encoding, Format format) {
    return Operation.post("login", "/login", encoding, format);
  }

  @Test
  void aDeclaredContentTypeReplacesTheEncodingsOwnAndKeepsTheBytes() throws IOException {
    Params params = new Params().param("user", "alice").secret("password", "p w");
    for (BodyEncoding encoding :
        new BodyEncoding[] {BodyEncoding.FORM, BodyEncoding.JSON, BodyEncoding.XML_RPC}) {
      Format format = encoding == BodyEncoding.XML_RPC ? Format.XML_RPC : Format.JSON;
      Operation plain = post(encoding, format).xmlRpc("login", true).build();
      Operation declared =
          post(encoding, format)
              .xmlRpc("login", true)
              .contentType("text/plain; charset=utf-8")
              .build();
      Request a = RequestEncoder.encode(plain, BASE, params);
      Request b = RequestEncoder.encode(declared, BASE, params);
      assertEquals("text/plain; charset=utf-8", b.body().contentType().toString(), encoding.name());
      assertEquals(body(a), body(b), encoding.name());
      assertTrue(
          !a.body().contentType().toString().startsWith("text/plain"),
          a.body().contentType().toString());
    }
  }

  @Test
  void aDeclaredContentTypeOnSoapKeepsTheAction() {
    Operation v11 =
        post(BodyEncoding.SOAP, Format.SOAP)
            .soap(new SoapSpec(SoapVersion.V1_1, "urn:l", "Login", "urn:l#Login", false, false))
            .contentType("text/xml; charset=utf-8; x=1")
            .build();
    Request r11 = RequestEncoder.encode(v11, BASE, new Params());
    assertEquals("text/xml; charset=utf-8; x=1", r11.body().contentType().toString());
    assertTrue(r11.header("SOAPAction").contains("urn:l#Login"));

    Operation v12 =
        post(BodyEncoding.SOAP, Format.SOAP)
            .soap(new SoapSpec(SoapVersion.V1_2, "urn:l", "Login", "urn:l#Login", false, false))
            .contentType("application/soap+xml; charset=utf-8; x=1")
            .build();
    assertEquals(
        "application/soap+xml; charset=utf-8; x=1; action=\"urn:l#Login\"",
        RequestEncoder.encode(v12, BASE, new Params()).body().contentType().toString());
  }

  @Test
  void positionalArraysKeepTheirPositionsAndLiteralsAreWrittenAsGiven() throws IOException {
    Params params =
        new Params()
            .param("jsonrpc", Params.json("\"2.0\""))
            .param(
                "params",
                new Params()
                    .array()
                    .param("0", "alice")
                    .secret("1", null)
                    .param("2", Params.JSON_NULL)
                    .param("3", Params.json("{\"a\":[1,2.5e3]}"))
                    .param("4", true)
                    .param("5", 7L))
            .param("id", Params.json("1"));

    String body =
        body(RequestEncoder.encode(post(BodyEncoding.JSON, Format.JSON).build(), BASE, params));

    assertEquals(
        "{\"jsonrpc\":\"2.0\",\"params\":[\"alice\",null,null,{\"a\":[1,2.5e3]},true,7],\"id\":1}",
        body);
  }

  @Test
  void outsideJsonALiteralIsItsText() throws IOException {
    Params params = new Params().param("id", Params.json("1")).param("flag", Params.json("true"));
    assertEquals(
        "id=1&flag=true",
        body(RequestEncoder.encode(post(BodyEncoding.FORM, Format.JSON).build(), BASE, params)));
  }

  @Test
  void anOriginHeaderNamesWhereTheCallGoes() {
    Params params =
        new Params()
            .param("Referer", Params.origin("{origin}/"), In.HEADER)
            .param("Origin", Params.origin("{origin}"), In.HEADER);
    Request request =
        RequestEncoder.encode(post(BodyEncoding.FORM, Format.JSON).build(), BASE, params);
    assertEquals("https://login.example.com:8443/", request.header("Referer"));
    assertEquals("https://login.example.com:8443", request.header("Origin"));
    Request defaultPort =
        RequestEncoder.encode(
            post(BodyEncoding.FORM, Format.JSON).build(), HttpUrl.get("http://[::1]/"), params);
    assertEquals("http://[::1]", defaultPort.header("Origin"));
  }

  @Test
  void theParameterListNamesButNeverShowsValues() {
    Params params =
        new Params().param("user", "alice").secret("password", "hunter2").param("kill", "no");
    assertEquals("Params[user, password, kill]", params.toString());
    assertEquals("Params[]", new Params().toString());
  }

  @Test
  void manyParametersGrowAndTheLastSecretIsStillMasked() {
    for (int count : new int[] {7, 8, 9, 16, 17}) {
      Params params = new Params();
      for (int i = 0; i < count - 1; i++) {
        params.param("p" + i, "v" + i);
      }
      params.secret("last", "s3cret-" + count);
      assertEquals(count, params.size());
      assertEquals("v0", params.value(0));
      assertEquals("x *** y", Redactor.forSecrets(params).redact("x s3cret-" + count + " y"));
    }
  }

  @Test
  void requireRefusesNullNamingTheParameter() {
    Object value = new Object();
    assertSame(value, Params.require(value, "password"));
    LoginConfigurationException e =
        assertThrows(LoginConfigurationException.class, () -> Params.require(null, "password"));
    assertEquals("parameter 'password' is required but was null", e.getMessage());
  }

  @Test
  void aValueTheCallerPassedFirstIsNeverReplacedByTheRetry() {
    Operation op =
        post(BodyEncoding.FORM, Format.JSON)
            .retryOnce(dev.loginkit.annotations.FailureReason.SESSION_CONFLICT, "kill", "possess")
            .build();
    dev.loginkit.LoginFailure conflict =
        dev.loginkit.LoginFailure.of(
            dev.loginkit.annotations.FailureReason.SESSION_CONFLICT, "busy", 200);
    assertEquals(
        null, op.retryFor(conflict, new Params().param("kill", "no").secret("password", "pw")));
    assertEquals(
        null,
        op.retryFor(conflict, new Params().paramOrDefault("kill", null, "possess", In.DEFAULT)));
    Params retry =
        op.retryFor(conflict, new Params().paramOrDefault("kill", null, "no", In.DEFAULT));
    assertEquals("possess", retry.value(0));
    Params appended = op.retryFor(conflict, new Params().secret("password", "pw"));
    assertEquals("possess", appended.value(appended.indexOf("kill")));
    assertEquals(
        null,
        op.retryFor(
            dev.loginkit.LoginFailure.of(
                dev.loginkit.annotations.FailureReason.INVALID_CREDENTIALS, "no", 401),
            new Params().paramOrDefault("kill", null, "no", In.DEFAULT)));
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
