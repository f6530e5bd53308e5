package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlRpcDocumentReaderTest {
  static String response(String struct) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse><params><param><value><struct>"
        + struct
        + "</struct></value></param></params></methodResponse>";
  }

  static String member(String name, String value) {
    return "<member><name>" + name + "</name><value>" + value + "</value></member>";
  }

  private static Document read(String xml, String... paths) throws MalformedBodyException {
    List<String> all = new ArrayList<>(List.of(paths));
    all.add(XmlRpcDocumentReader.FAULT_CODE);
    all.add(XmlRpcDocumentReader.FAULT_STRING);
    return XmlRpcDocumentReader.read(xml.getBytes(StandardCharsets.UTF_8), PathSet.of(all));
  }

  @Test
  void structMembersAreSegmentsAndTypedScalarsReadAsText() throws Exception {
    String xml =
        response(
            member("sid", "<string>d0a1e2</string>")
                + member("api_status", "<int>200</int>")
                + member(
                    "response_timestamp", "<dateTime.iso8601>20261122T06:43:40Z</dateTime.iso8601>")
                + member("untyped", " plain ")
                + member(
                    "nested", "<struct>" + member("flag", "<boolean>1</boolean>") + "</struct>"));

    Document doc = read(xml, "sid", "api_status", "response_timestamp", "untyped", "nested/flag");

    assertEquals("d0a1e2", doc.value("sid"));
    assertEquals("200", doc.value("api_status"));
    assertEquals("20261122T06:43:40Z", doc.value("response_timestamp"));
    assertEquals(" plain ", doc.value("untyped"));
    assertEquals("1", doc.value("nested/flag"));
    assertFalse(doc.isFault());
  }

  @Test
  void arraysAreTransparentAndEveryValueIsKept() throws Exception {
    String xml =
        response(
            member(
                "messages",
                "<array><data><value><string>Sorry, failed to log in.</string></value>"
                    + "<value><string>Access denied from 1.2.3.4</string></value></data></array>"));

    Document doc = read(xml, "messages");

    assertEquals(
        List.of("Sorry, failed to log in.", "Access denied from 1.2.3.4"), doc.values("messages"));
  }

  @Test
  void fieldErrorsAreReadWithTheMatchedFieldName() throws Exception {
    String xml =
        response(
            member(
                    "errors",
                    "<struct>"
                        + member(
                            "password",
                            "<array><data><value><string>Input must be at least 6 characters. You submitted 3</string></value></data></array>")
                        + "</struct>")
                + member("api_status", "<int>500</int>"));

    Document doc = read(xml, "errors/*");

    assertEquals("Input must be at least 6 characters. You submitted 3", doc.value("errors/*"));
    assertEquals("password", doc.matchedName("errors/*"));
  }

  @Test
  void aFaultSetsFaultCodeAndString() throws Exception {
    String xml =
        "<methodResponse><fault><value><struct>"
            + member("faultCode", "<int>104</int>")
            + member("faultString", "<string>Unknown method</string>")
            + "</struct></value></fault></methodResponse>";

    Document doc = read(xml, "sid");

    assertTrue(doc.isFault());
    assertEquals("104", doc.faultCode());
    assertEquals("Unknown method", doc.faultString());
    assertNull(doc.value("sid"));
  }

  @Test
  void wrongRootTextWhereElementsBelongAndDtdsAreMalformed() {
    assertThrows(
        MalformedBodyException.class, () -> read("<methodCall><params/></methodCall>", "sid"));
    assertThrows(
        MalformedBodyException.class,
        () -> read("<methodResponse>oops<params/></methodResponse>", "sid"));
    assertThrows(
        MalformedBodyException.class,
        () ->
            read(
                "<!DOCTYPE m [<!ENTITY a \"aaaa\">]><methodResponse><params/></methodResponse>",
                "sid"));
    assertThrows(
        MalformedBodyException.class,
        () -> read(response(member("sid", "<string>x</string>")) + "<x/>", "sid"));
  }
}
