package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An XML-RPC answer is read only in the shape the specification gives it: every misnamed element on
 * the way to a value is a malformed body, never a silently different reading.
 */
class XmlRpcShapesTest {
  private static final String GOOD =
      "<methodResponse><params><param><value><struct>"
          + "<member><name>sid</name><value><string>s-1</string></value></member>"
          + "<member><name>list</name><value><array><data><value><int>7</int></value></data></array></value></member>"
          + "</struct></value></param></params></methodResponse>";
  private static final String FAULT =
      "<methodResponse><fault><value><struct>"
          + "<member><name>faultCode</name><value><int>4</int></value></member>"
          + "<member><name>faultString</name><value><string>bad</string></value></member>"
          + "</struct></value></fault></methodResponse>";

  private static Document read(String xml, String... paths) throws MalformedBodyException {
    List<String> all = new ArrayList<>(List.of(paths));
    all.add(XmlRpcDocumentReader.FAULT_CODE);
    all.add(XmlRpcDocumentReader.FAULT_STRING);
    return XmlRpcDocumentReader.read(xml.getBytes(StandardCharsets.UTF_8), PathSet.of(all));
  }

  @Test
  void theWellFormedShapesAreRead() throws Exception {
    Document doc = read(GOOD, "sid", "list");
    assertEquals("s-1", doc.value("sid"));
    assertEquals("7", doc.value("list"));
    Document fault = read(FAULT);
    assertTrue(fault.isFault());
    assertEquals("4", fault.faultCode());
    assertEquals("bad", fault.faultString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"<params>", "<param>", "<struct>", "<member>", "<name>", "<array>", "<data>"})
  void aMisnamedElementInAnAnswerIsMalformed(String element) {
    String misnamed = element.substring(0, element.length() - 1) + "x>";
    String closing = "</" + element.substring(1);
    String bad = GOOD.replace(element, misnamed).replace(closing, "</" + misnamed.substring(1));
    assertThrows(MalformedBodyException.class, () -> read(bad, "sid", "list"), bad);
  }

  /** {@code <value>} is misnamed one place at a time: in the param, a member, the array's data. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void aMisnamedValueIsMalformed(int which) {
    String bad = replaceNth(GOOD, which);
    assertThrows(MalformedBodyException.class, () -> read(bad, "sid", "list"), bad);
  }

  @ParameterizedTest
  @ValueSource(strings = {"<fault><valuex>", "<faultx><value>"})
  void aMisnamedFaultShapeIsMalformed(String start) {
    String bad =
        FAULT
            .replace("<fault><value>", start)
            .replace(
                "</value></fault>",
                start.contains("valuex") ? "</valuex></fault>" : "</value></faultx>");
    assertThrows(MalformedBodyException.class, () -> read(bad), bad);
  }

  @Test
  void stringsKeepTheirSpacesOtherScalarsAreTrimmed() throws Exception {
    String xml =
        "<methodResponse><params><param><value><struct>"
            + "<member><name>s</name><value><string> a b </string></value></member>"
            + "<member><name>i</name><value><int> 42 </int></value></member>"
            + "<member><name> padded </name><value><boolean>1</boolean></value></member>"
            + "</struct></value></param></params></methodResponse>";
    Document doc = read(xml, "s", "i", "padded");
    assertEquals(" a b ", doc.value("s"));
    assertEquals("42", doc.value("i"));
    assertEquals("1", doc.value("padded"));
  }

  /**
   * Nesting is bounded: each struct is three elements deep, and XML elements nest at most {@code
   * MAX_DEPTH}.
   */
  @Test
  void deepNestingIsRefused() throws Exception {
    assertEquals("deep", read(nested(15), path(15)).value(path(15)));
    assertThrows(MalformedBodyException.class, () -> read(nested(30), path(30)));
  }

  private static String path(int depth) {
    return String.join("/", Collections.nCopies(depth, "m"));
  }

  private static String nested(int depth) {
    StringBuilder xml = new StringBuilder("<methodResponse><params><param><value>");
    for (int i = 0; i < depth; i++) {
      xml.append("<struct><member><name>m</name><value>");
    }
    xml.append("<string>deep</string>");
    for (int i = 0; i < depth; i++) {
      xml.append("</value></member></struct>");
    }
    return xml.append("</value></param></params></methodResponse>").toString();
  }

  /**
   * {@code xml} with its {@code n}th {@code <value>…</value>} pair (in document order of start
   * tags) renamed.
   */
  private static String replaceNth(String xml, int n) {
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = xml.indexOf("<value>", at + 1);
    }
    int depth = 0;
    int end = at;
    for (int i = at; i < xml.length(); i++) {
      if (xml.startsWith("<value>", i)) {
        depth++;
      } else if (xml.startsWith("</value>", i)) {
        depth--;
        if (depth == 0) {
          end = i;
          break;
        }
      }
    }
    return xml.substring(0, at)
        + "<valuex>"
        + xml.substring(at + 7, end)
        + "</valuex>"
        + xml.substring(end + 8);
  }
}
