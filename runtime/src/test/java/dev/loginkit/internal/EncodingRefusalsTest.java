package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginConfigurationException;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.SoapVersion;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What cannot travel faithfully is refused before anything is sent, and the refusal says which
 * parameter and where, never the value: a header name or value HTTP cannot carry, a lone surrogate
 * at any depth and at the very end of a value.
 */
class EncodingRefusalsTest {
  private static final HttpUrl BASE = HttpUrl.get("https://login.example.com/");
  private static final Operation JSON =
      Operation.post("login", "/login", BodyEncoding.JSON, Format.JSON).build();
  private static final Operation FORM =
      Operation.post("login", "/login", BodyEncoding.FORM, Format.JSON).build();

  private static LoginConfigurationException refused(
      Operation op, Params params, String... quoted) {
    LoginConfigurationException e =
        assertThrows(
            LoginConfigurationException.class, () -> RequestEncoder.encode(op, BASE, params));
    for (String q : quoted) {
      assertFalse(e.getMessage().contains(q), e.getMessage());
    }
    return e;
  }

  @ParameterizedTest
  @ValueSource(strings = {"X Token", "X:Token", "X-Tok\u007fen", "X-T\u00f6ken", "X-Tok\ten", " X"})
  void aHeaderNameHttpCannotCarryIsRefusedByName(String name) {
    LoginConfigurationException e =
        refused(FORM, new Params().secret(name, "v4lue", In.HEADER), "v4lue");
    assertTrue(e.getMessage().startsWith("header name '" + name + "'"), e.getMessage());
  }

  @Test
  void aPlainHeaderNameIsSent() {
    Request request =
        RequestEncoder.encode(FORM, BASE, new Params().secret("X-Api_Key.1~!", "v4lue", In.HEADER));
    assertEquals("v4lue", request.header("X-Api_Key.1~!"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab\u007fcd", "ab\u0000cd", "ab\ncd", "ab\u00e9cd", "ab\u001fcd"})
  void aHeaderValueHttpCannotCarryIsRefusedSayingWhere(String value) {
    LoginConfigurationException e =
        refused(FORM, new Params().secret("X-Token", value, In.HEADER), value, "ab");
    assertEquals("value of header 'X-Token' has an invalid character at index 2", e.getMessage());
  }

  @Test
  void aTabAndPrintableAsciiInAHeaderValueAreSent() {
    String value = "a\tb ~!\"#";
    assertEquals(
        value,
        RequestEncoder.encode(FORM, BASE, new Params().secret("X-Token", value, In.HEADER))
            .header("X-Token"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pw\uD800", "\uD800", "pw\uDC00", "\uDC00pw", "p\uDBFF\uD800w"})
  void aLoneSurrogateIsRefusedAtAnyPositionSayingWhere(String value) {
    int index = 0;
    while (index < value.length() && !Character.isSurrogate(value.charAt(index))) {
      index++;
    }
    LoginConfigurationException e = refused(FORM, new Params().secret("password", value), value);
    assertEquals(
        "value of parameter 'password' has a lone UTF-16 surrogate at index " + index,
        e.getMessage());
  }

  @Test
  void aLoneSurrogateInANestedValueIsRefusedNamingTheNestedParameter() {
    Params nested =
        new Params()
            .param("auth", new Params().param("user", "alice").secret("password", "pw\uD800"));
    LoginConfigurationException e = refused(JSON, nested, "pw");
    assertEquals(
        "value of parameter 'password' has a lone UTF-16 surrogate at index 2", e.getMessage());
  }

  @Test
  void aSurrogatePairAtTheEndOfAValueIsSent() {
    assertEquals(
        "{\"password\":\"pw\\uD83D\\uDE00\"}",
        new String(
                RequestEncoder.json(new Params().secret("password", "pw😀"), true),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("😀", "\\uD83D\\uDE00"));
    RequestEncoder.encode(FORM, BASE, new Params().secret("password", "pw😀"));
  }

  @Test
  void soap11NamesItsActionInAHeaderSoap12InTheContentType() {
    Operation soap11 =
        Operation.post("login", "/soap", BodyEncoding.SOAP, Format.SOAP)
            .soap(
                new SoapSpec(
                    SoapVersion.V1_1, "urn:login", "Login", "urn:login#Login", false, false))
            .build();
    Request r11 = RequestEncoder.encode(soap11, BASE, new Params().secret("password", "pw"));
    assertTrue(r11.header("SOAPAction").contains("urn:login#Login"), r11.header("SOAPAction"));
    assertTrue(
        r11.body().contentType().toString().startsWith("text/xml"),
        r11.body().contentType().toString());

    Operation soap12 =
        Operation.post("login", "/soap", BodyEncoding.SOAP, Format.SOAP)
            .soap(
                new SoapSpec(
                    SoapVersion.V1_2, "urn:login", "Login", "urn:login#Login", false, false))
            .build();
    Request r12 = RequestEncoder.encode(soap12, BASE, new Params().secret("password", "pw"));
    assertNull(r12.header("SOAPAction"));
    assertEquals(
        "application/soap+xml; charset=utf-8; action=\"urn:login#Login\"",
        r12.body().contentType().toString());

    Operation soap12NoAction =
        Operation.post("login", "/soap", BodyEncoding.SOAP, Format.SOAP)
            .soap(new SoapSpec(SoapVersion.V1_2, "urn:login", "Login", "", false, false))
            .build();
    assertEquals(
        "application/soap+xml; charset=utf-8",
        RequestEncoder.encode(soap12NoAction, BASE, new Params()).body().contentType().toString());
  }
}
