package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlDocumentReaderTest {

  private static final String SENDLOOP_SEED =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          + "<response>\n"
          + "  <Success><![CDATA[1]]></Success>\n"
          + "  <ErrorCode><subnode_0><![CDATA[0]]></subnode_0></ErrorCode>\n"
          + "  <ErrorMessage><![CDATA[]]></ErrorMessage>\n"
          + "  <SessionID><![CDATA[6f0c2a9b-sess]]></SessionID>\n"
          + "  <UserInfo>\n"
          + "    <Username><![CDATA[demo]]></Username>\n"
          + "    <APIKey><![CDATA[ak-1234-abcd]]></APIKey>\n"
          + "  </UserInfo>\n"
          + "</response>\n";

  private static final String TENTEN_SEED =
      "<out>\n"
          + "    <rc>0</rc>\n"
          + "    <sid>sess-0042</sid>\n"
          + "    <pswd>ENC+pw/x9</pswd>\n"
          + "    <msg>Login successful</msg>\n"
          + "    <version>prime-14.22</version>\n"
          + "</out>\n";

  private static Document read(String xml, String... paths) throws MalformedBodyException {
    return XmlDocumentReader.read(xml.getBytes(StandardCharsets.UTF_8), PathSet.of(List.of(paths)));
  }

  private static MalformedBodyException malformed(String xml, String... paths) {
    return assertThrows(MalformedBodyException.class, () -> read(xml, paths));
  }

  @Test
  void readsSendloopSeedResponse() throws Exception {
    Document doc =
        read(SENDLOOP_SEED, "Success", "ErrorCode", "SessionID", "UserInfo/APIKey", "ErrorMessage");
    assertEquals("1", doc.value("Success"));
    assertEquals("0", doc.value("ErrorCode"));
    assertEquals("6f0c2a9b-sess", doc.value("SessionID"));
    assertEquals("ak-1234-abcd", doc.value("UserInfo/APIKey"));
    assertTrue(doc.present("ErrorMessage"));
    assertEquals("", doc.value("ErrorMessage"));
  }

  @Test
  void readsTenTenSeedResponse() throws Exception {
    Document doc = read(TENTEN_SEED, "rc", "sid", "pswd", "msg", "version");
    assertEquals("0", doc.value("rc"));
    assertEquals("sess-0042", doc.value("sid"));
    assertEquals("ENC+pw/x9", doc.value("pswd"));
    assertEquals("Login successful", doc.value("msg"));
    assertEquals("prime-14.22", doc.value("version"));
  }

  @Test
  void rootElementNameIsNotPartOfPaths() throws Exception {
    Document doc = read(TENTEN_SEED, "out/rc", "rc");
    assertNull(doc.value("out/rc"));
    assertFalse(doc.present("out/rc"));
    assertEquals("0", doc.value("rc"));
  }

  @Test
  void namespacesAndPrefixesAreIgnoredInSoapEnvelope() throws Exception {
    String soap =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:ns1=\"urn:myapi\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<SOAP-ENV:Body><ns1:api_loginResponse>"
            + "<return xsi:type=\"xsd:string\">soap-session-77</return>"
            + "</ns1:api_loginResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>";
    Document doc =
        read(soap, "Body/api_loginResponse/return", "Body/api_loginResponse/return/@type");
    assertEquals("soap-session-77", doc.value("Body/api_loginResponse/return"));
    assertEquals("xsd:string", doc.value("Body/api_loginResponse/return/@type"));
  }

  @Test
  void defaultNamespaceIsIgnored() throws Exception {
    Document doc = read("<r xmlns=\"urn:x\"><a><b>v</b></a></r>", "a/b");
    assertEquals("v", doc.value("a/b"));
  }

  @Test
  void readsAttributeWithAtSegment() throws Exception {
    Document doc = read("<root><r code=\"7\">x</r></root>", "r/@code");
    assertTrue(doc.present("r/@code"));
    assertEquals("7", doc.value("r/@code"));
  }

  @Test
  void elementWithAttributeAndTextYieldsTextForElementPathAndAttributeForAtPath() throws Exception {
    Document doc = read("<root><r code=\"7\">x</r></root>", "r", "r/@code");
    assertEquals("x", doc.value("r"));
    assertEquals("7", doc.value("r/@code"));
  }

  @Test
  void attributeOfRootElement() throws Exception {
    Document doc = read("<out version=\"3\"><rc>0</rc></out>", "@version");
    assertEquals("3", doc.value("@version"));
  }

  @Test
  void missingAttributeIsAbsent() throws Exception {
    Document doc = read("<root><r code=\"7\">x</r></root>", "r/@other");
    assertFalse(doc.present("r/@other"));
    assertNull(doc.value("r/@other"));
  }

  @Test
  void xsiNilIsAbsent() throws Exception {
    Document doc =
        read(
            "<out xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><sid xsi:nil=\"true\"/><rc>0</rc></out>",
            "sid",
            "rc");
    assertFalse(doc.present("sid"));
    assertNull(doc.value("sid"));
    assertEquals("0", doc.value("rc"));
  }

  @Test
  void xsiNilFalseIsPresent() throws Exception {
    Document doc =
        read(
            "<out xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><sid xsi:nil=\"false\">s</sid></out>",
            "sid");
    assertTrue(doc.present("sid"));
    assertEquals("s", doc.value("sid"));
  }

  @Test
  void emptyElementIsPresentWithEmptyValue() throws Exception {
    Document doc = read("<out><rc>0</rc><sid/></out>", "sid");
    assertTrue(doc.present("sid"));
    assertEquals("", doc.value("sid"));
  }

  @Test
  void repeatedElementsYieldTheFirst() throws Exception {
    Document doc = read("<out><msg>first</msg><msg>second</msg></out>", "msg");
    assertEquals("first", doc.value("msg"));
  }

  @Test
  void whitespaceAroundTextIsTrimmed() throws Exception {
    Document doc =
        read("<out><sid>\n   sess 1 \t\n</sid><c><![CDATA[  cdata  ]]></c></out>", "sid", "c");
    assertEquals("sess 1", doc.value("sid"));
    assertEquals("cdata", doc.value("c"));
  }

  @Test
  void entityReferencesAreDecoded() throws Exception {
    assertEquals("a<b&c", read("<out><m>a&lt;b&amp;c</m></out>", "m").value("m"));
  }

  @Test
  void unrelatedSubtreesAreSkipped() throws Exception {
    StringBuilder xml = new StringBuilder("<out><noise>");
    for (int i = 0; i < 20_000; i++) {
      xml.append("<item><sid>wrong").append(i).append("</sid></item>");
    }
    xml.append("</noise><sid>right</sid></out>");
    Document doc = read(xml.toString(), "sid");
    assertEquals("right", doc.value("sid"));
  }

  @Test
  void blankBodyIsEmptyDocument() throws Exception {
    Document doc = read(" \r\n\t", "sid");
    assertFalse(doc.present("sid"));
  }

  @Test
  void doctypeIsRefused() {
    malformed("<!DOCTYPE out><out><rc>0</rc></out>", "rc");
  }

  @Test
  void externalEntityIsRefusedAndNotExpanded() {
    MalformedBodyException e =
        malformed(
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x><sid>&e;</sid></x>", "sid");
    assertFalse(e.getMessage().contains("root:"), e.getMessage());
    assertFalse(e.getMessage().contains("passwd"), e.getMessage());
  }

  @Test
  void externalEntityInRootTextIsRefused() {
    malformed("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", ".");
  }

  @Test
  void billionLaughsIsRefused() {
    StringBuilder dtd =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String prev = i == 1 ? "lol" : "lol" + (i - 1);
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&" + prev + ";").repeat(10))
          .append("\">");
    }
    dtd.append("]><lolz><sid>&lol9;</sid></lolz>");
    malformed(dtd.toString(), "sid");
  }

  @Test
  void undeclaredEntityIsRefused() {
    malformed("<out><sid>&e;</sid></out>", "sid");
  }

  @Test
  void secondRootElementIsRefused() {
    malformed("<out><rc>0</rc></out><out><rc>1</rc></out>", "rc");
  }

  @Test
  void malformedXmlIsRefusedWithoutQuotingBody() {
    MalformedBodyException e = malformed("<out><sid>topsecret-xyz</pswd></out>", "sid");
    assertFalse(e.getMessage().contains("topsecret-xyz"), e.getMessage());
    assertFalse(e.getMessage().contains("pswd"), e.getMessage());
  }

  @Test
  void truncatedXmlIsRefused() {
    MalformedBodyException e = malformed("<out><rc>0</rc><sid>topsecret-xyz", "sid");
    assertFalse(e.getMessage().contains("topsecret-xyz"), e.getMessage());
  }

  @Test
  void truncatedAfterUnreadSubtreeIsRefused() {
    malformed("<out><rc>0</rc><noise><a>", "rc");
  }

  @Test
  void textWithoutRootIsRefused() {
    malformed("just some text", "sid");
  }

  @Test
  void jsonBodyIsRefused() {
    malformed("{\"sid\":\"x\"}", "sid");
  }

  @Test
  void nestingDeeperThan64IsRefused() {
    String xml = "<a>".repeat(70) + "v" + "</a>".repeat(70);
    malformed(xml, "a/a/a");
  }
}
