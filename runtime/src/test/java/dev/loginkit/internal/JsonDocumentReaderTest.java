package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDocumentReaderTest {

  private static Document read(String json, String... paths) throws MalformedBodyException {
    return JsonDocumentReader.read(
        json.getBytes(StandardCharsets.UTF_8), PathSet.of(List.of(paths)));
  }

  private static MalformedBodyException malformed(String json, String... paths) {
    return assertThrows(MalformedBodyException.class, () -> read(json, paths));
  }

  @Test
  void readsFlatFields() throws Exception {
    Document doc =
        read(
            "{\"Success\":\"1\",\"SessionID\":\"abc-123\",\"other\":\"x\"}",
            "Success",
            "SessionID");
    assertEquals("1", doc.value("Success"));
    assertEquals("abc-123", doc.value("SessionID"));
    assertTrue(doc.present("Success"));
    assertTrue(doc.present("SessionID"));
  }

  @Test
  void pathNotInBodyIsAbsent() throws Exception {
    Document doc = read("{\"a\":\"1\"}", "b");
    assertNull(doc.value("b"));
    assertFalse(doc.present("b"));
  }

  @Test
  void pathNotInPathSetIsNeverReported() throws Exception {
    Document doc = read("{\"a\":\"1\",\"b\":\"2\"}", "a");
    assertNull(doc.value("b"));
    assertFalse(doc.present("b"));
  }

  @Test
  void readsNestedPath() throws Exception {
    Document doc =
        read(
            "{\"UserInfo\":{\"Name\":\"n\",\"APIKey\":\"key-9\"},\"APIKey\":\"top\"}",
            "UserInfo/APIKey");
    assertEquals("key-9", doc.value("UserInfo/APIKey"));
  }

  @Test
  void arrayIsTransparentForSingleNumber() throws Exception {
    assertEquals("4", read("{\"ErrorCode\":[4]}", "ErrorCode").value("ErrorCode"));
  }

  @Test
  void arrayYieldsItsFirstValue() throws Exception {
    assertEquals("a", read("{\"messages\":[\"a\",\"b\"]}", "messages").value("messages"));
  }

  @Test
  void arrayOfObjectsIsTransparentForNestedPath() throws Exception {
    Document doc = read("{\"items\":[{\"x\":\"first\"},{\"y\":\"second\"}]}", "items/y");
    assertEquals("second", doc.value("items/y"));
  }

  @Test
  void pathEndingOnObjectYieldsItsFirstScalar() throws Exception {
    assertEquals(
        "0", read("{\"ErrorCode\":{\"subnode_0\":\"0\"}}", "ErrorCode").value("ErrorCode"));
  }

  @Test
  void pathEndingOnNestedObjectYieldsFirstScalarInDocumentOrder() throws Exception {
    Document doc = read("{\"e\":{\"inner\":{\"deep\":\"d\"},\"next\":\"n\"}}", "e");
    assertEquals("d", doc.value("e"));
  }

  @Test
  void jsonNullIsAbsent() throws Exception {
    Document doc = read("{\"sid\":null}", "sid");
    assertNull(doc.value("sid"));
    assertFalse(doc.present("sid"));
  }

  @Test
  void nullInsideArrayIsSkippedForTheFirstRealValue() throws Exception {
    assertEquals("x", read("{\"a\":[null,\"x\"]}", "a").value("a"));
  }

  @Test
  void emptyObjectIsPresentWithoutValue() throws Exception {
    Document doc = read("{\"UserInfo\":{}}", "UserInfo");
    assertTrue(doc.present("UserInfo"));
    assertNull(doc.value("UserInfo"));
  }

  @Test
  void emptyStringIsPresentWithEmptyValue() throws Exception {
    Document doc = read("{\"sid\":\"\"}", "sid");
    assertTrue(doc.present("sid"));
    assertEquals("", doc.value("sid"));
  }

  @Test
  void numbersAndBooleansReadAsText() throws Exception {
    Document doc =
        read(
            "{\"n\":123,\"neg\":-7,\"f\":1.5,\"t\":true,\"no\":false}", "n", "neg", "f", "t", "no");
    assertEquals("123", doc.value("n"));
    assertEquals("-7", doc.value("neg"));
    assertEquals("1.5", doc.value("f"));
    assertEquals("true", doc.value("t"));
    assertEquals("false", doc.value("no"));
  }

  @Test
  void repeatedPathKeepsFirstValue() throws Exception {
    assertEquals("first", read("{\"a\":\"first\",\"a\":\"second\"}", "a").value("a"));
  }

  @Test
  void emptyBodyIsEmptyDocument() throws Exception {
    Document doc = JsonDocumentReader.read(new byte[0], PathSet.of(List.of("sid")));
    assertNull(doc.value("sid"));
    assertFalse(doc.present("sid"));
  }

  @Test
  void whitespaceOnlyBodyIsEmptyDocument() throws Exception {
    Document doc = read("  \n\t ", "sid");
    assertFalse(doc.present("sid"));
  }

  @Test
  void unreadSubtreeIsSkippedEvenWhenHuge() throws Exception {
    StringBuilder json = new StringBuilder("{\"noise\":{");
    for (int i = 0; i < 50_000; i++) {
      json.append(i == 0 ? "" : ",")
          .append("\"k")
          .append(i)
          .append("\":{\"sid\":\"wrong")
          .append(i)
          .append("\"}");
    }
    json.append("},\"sid\":\"right\"}");
    Document doc = read(json.toString(), "sid");
    assertEquals("right", doc.value("sid"));
  }

  @Test
  void sameNameInsideUnrelatedObjectDoesNotMatch() throws Exception {
    Document doc = read("{\"other\":{\"sid\":\"wrong\"}}", "sid");
    assertFalse(doc.present("sid"));
    assertNull(doc.value("sid"));
  }

  @Test
  void malformedJsonIsRefusedWithoutQuotingBody() {
    MalformedBodyException e = malformed("{\"password\":\"topsecret-xyz\" \"oops\"}", "password");
    assertFalse(e.getMessage().contains("topsecret-xyz"), e.getMessage());
    assertFalse(e.getMessage().contains("oops"), e.getMessage());
  }

  @Test
  void truncatedJsonIsRefused() {
    MalformedBodyException e = malformed("{\"sid\":\"topsecret-xyz\",\"more\":", "sid");
    assertFalse(e.getMessage().contains("topsecret-xyz"), e.getMessage());
  }

  @Test
  void truncatedJsonAfterCompleteValueIsRefused() {
    malformed("{\"sid\":\"abc\"", "sid");
  }

  @Test
  void truncatedArrayIsRefused() {
    malformed("{\"a\":[1,2", "a");
  }

  @Test
  void trailingGarbageAfterObjectIsRefused() {
    MalformedBodyException e = malformed("{\"a\":1} x", "a");
    assertFalse(e.getMessage().contains(" x"), e.getMessage());
  }

  @Test
  void secondTopLevelValueIsRefused() {
    malformed("{\"a\":1}{\"a\":2}", "a");
  }

  @Test
  void htmlPageIsRefusedWithoutQuotingIt() {
    MalformedBodyException e =
        malformed(
            "<html><head><title>Gateway Timeout</title></head><body>down</body></html>", "sid");
    assertFalse(e.getMessage().contains("Gateway"), e.getMessage());
    assertFalse(e.getMessage().contains("html"), e.getMessage());
  }

  @Test
  void nestingDeeperThan64IsRefused() {
    MalformedBodyException e = malformed(nested(65, "deep-value"), "a");
    assertFalse(e.getMessage().contains("deep-value"), e.getMessage());
  }

  @Test
  void nestingDeeperThan64InAnIgnoredSubtreeIsRefused() {
    malformed("{\"sid\":\"s\",\"x\":" + nested(65, "v") + "}", "sid");
  }

  @Test
  void deepArraysAreRefused() {
    malformed("{\"a\":" + "[".repeat(100) + "1" + "]".repeat(100) + "}", "a");
  }

  @Test
  void nestingOf64IsAccepted() throws Exception {
    String path = String.join("/", java.util.Collections.nCopies(64, "a"));
    Document doc = read(nested(64, "bottom"), path);
    assertEquals("bottom", doc.value(path));
  }

  /** {@code levels} nested objects, each {"a": …}, the innermost holding a string. */
  private static String nested(int levels, String leaf) {
    return "{\"a\":".repeat(levels - 1) + "{\"a\":\"" + leaf + "\"}" + "}".repeat(levels - 1);
  }
}
