package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.loginkit.LoginConfigurationException;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.SoapVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okio.Buffer;

/**
 * Fuzzed credentials through every request encoding: either the call is refused before sending with
 * a {@link LoginConfigurationException} that does not quote the value, or the server receives
 * exactly the credential (decoded as a server would), and the Redactor masks the spelling that is
 * on the wire. The normal build replays the stored inputs.
 */
class RequestEncoderFuzzTest {
  private static final java.util.regex.Pattern REFUSAL =
      java.util.regex.Pattern.compile(
          "value of (header|parameter|cookie) '(X-Api-Key|password|user)' has (an invalid character|a lone UTF-16 "
              + "surrogate|a character XML 1\\.0 cannot carry|a separator character) at index \\d+"
              + "|value of header 'X-Api-Key' has leading or trailing whitespace, which HTTP drops");
  private static final HttpUrl BASE = HttpUrl.get("https://login.example.com/");
  private static final Operation[] OPS = {
    Operation.post("login", "/json", BodyEncoding.JSON, Format.JSON).build(),
    Operation.post("login", "/form", BodyEncoding.FORM, Format.JSON).build(),
    Operation.post("login", "/multipart", BodyEncoding.MULTIPART, Format.JSON).build(),
    Operation.get("login", "/query", Format.XML).build(),
    Operation.post("login", "/soap11", BodyEncoding.SOAP, Format.SOAP)
        .soap(new SoapSpec(SoapVersion.V1_1, "urn:login", "Login", "urn:login#Login", true, true))
        .build(),
    Operation.post("login", "/soap12", BodyEncoding.SOAP, Format.SOAP)
        .soap(new SoapSpec(SoapVersion.V1_2, "urn:login", "Login", "", false, false))
        .build(),
    Operation.post("login", "/xmlrpc", BodyEncoding.XML_RPC, Format.XML_RPC)
        .xmlRpc("login", true)
        .build(),
  };

  @FuzzTest(maxDuration = "10m")
  void fuzz(FuzzedDataProvider data) throws Exception {
    Operation op = OPS[data.consumeInt(0, OPS.length - 1)];
    String header = data.consumeString(40);
    String password = data.consumeRemainingAsString();
    Params params =
        new Params()
            .param("user", "alice")
            .secret("password", password)
            .secret("X-Api-Key", header, In.HEADER);

    Request request;
    try {
      request = RequestEncoder.encode(op, BASE, params);
    } catch (LoginConfigurationException refused) {
      // Only names and an index: the message has no room for a value (a "contains the secret"
      // check would flag passwords the fuzzer copies from the message's own words).
      assertTrue(REFUSAL.matcher(refused.getMessage()).matches(), refused.getMessage());
      return;
    }
    assertEquals(header, request.header("X-Api-Key"));
    Buffer buffer = new Buffer();
    if (request.body() != null) {
      request.body().writeTo(buffer);
    }
    byte[] body = buffer.readByteArray();
    String wire =
        op.body() == null ? request.url().toString() : new String(body, StandardCharsets.UTF_8);
    String received = received(op, request, wire);
    assertEquals(password, received, "the server would read another credential");

    if (password.isBlank()
        || password.contains(Redactor.MASK)
        || Redactor.MASK.contains(password)) {
      return;
    }
    String redacted = Redactor.forSecrets(params).redact(wire);
    if (op.body() == BodyEncoding.MULTIPART) {
      assertFalse(redacted.contains(password), "raw secret left in " + redacted);
      return;
    }
    String after;
    try {
      after = received(op, request, redacted);
    } catch (RuntimeException
        | java.io.IOException
        | javax.xml.stream.XMLStreamException unparseable) {
      return; // masking broke the syntax: nothing to read back
    }
    if (after != null) {
      assertNotEquals(password, after, "redaction left the wire spelling: " + redacted);
      assertFalse(after.contains(password), "redaction left the wire spelling: " + redacted);
    }
  }

  /** The password as a server reads it from {@code wire}. */
  private static String received(Operation op, Request request, String wire) throws Exception {
    if (op.body() == null) {
      return HttpUrl.get(wire).queryParameter("password");
    }
    switch (op.body()) {
      case FORM:
        return HttpUrl.get("http://h/?" + wire).queryParameter("password");
      case MULTIPART:
        return wire.contains(passwordPart(wire)) ? passwordPart(wire) : null;
      case JSON:
        try (JsonParser parser = new JsonFactory().createParser(wire)) {
          while (parser.nextToken() != null) {
            if (parser.currentToken() == JsonToken.FIELD_NAME
                && parser.currentName().equals("password")) {
              parser.nextToken();
              return parser.getText();
            }
          }
        }
        return null;
      default:
        XMLStreamReader reader =
            new WstxInputFactory()
                .createXMLStreamReader(
                    new ByteArrayInputStream(wire.getBytes(StandardCharsets.UTF_8)));
        boolean armed = op.body() == BodyEncoding.SOAP;
        String wanted = op.body() == BodyEncoding.SOAP ? "password" : "string";
        int strings = 0;
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT) {
            if (reader.getLocalName().equals("name")) {
              armed = reader.getElementText().equals("password");
            } else if (armed && reader.getLocalName().equals(wanted)) {
              strings++;
              return reader.getElementText();
            }
          }
        }
        return strings == 0 ? null : "";
    }
  }

  /** The content of the multipart part named "password". */
  private static String passwordPart(String wire) {
    String marker = "name=\"password\"";
    int at = wire.indexOf(marker);
    if (at < 0) {
      return "\u0000missing";
    }
    int start = wire.indexOf("\r\n\r\n", at) + 4;
    int end = wire.indexOf("\r\n--", start);
    return start < 4 || end < 0 ? "\u0000missing" : wire.substring(start, end);
  }
}
