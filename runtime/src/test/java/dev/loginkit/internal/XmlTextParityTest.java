package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link XmlText} writes element text byte for byte as Woodstox does, at every length where
 * Woodstox's segmenting changes what it escapes, and refuses what XML 1.0 cannot carry with an
 * {@link IllegalStateException} that never quotes the text.
 */
class XmlTextParityTest {
  private static final String ALPHABET = "ab>]<&\r\n\t\u0085é€😀";

  private static String woodstox(String text) throws XMLStreamException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLStreamWriter w = new WstxOutputFactory().createXMLStreamWriter(out, "UTF-8");
    w.writeStartElement("e");
    w.writeCharacters(text);
    w.writeEndElement();
    w.close();
    String doc = out.toString(StandardCharsets.UTF_8);
    return doc.substring(doc.indexOf("<e>") + 3, doc.lastIndexOf("</e>"));
  }

  private static String direct(String text) {
    Buffer out = new Buffer();
    XmlText.text(out, text);
    return out.readUtf8();
  }

  @Test
  void everyLengthAroundTheSegmentingThresholdMatchesWoodstox() throws Exception {
    for (int length = 1; length <= 30; length++) {
      for (String shape : new String[] {"&>", "a>", "]>", "<>>"}) {
        String text = (shape + "x".repeat(length)).substring(0, length);
        assertEquals(woodstox(text), direct(text), "length " + length + ": " + text);
        String tail = ("x".repeat(length) + shape).substring(shape.length());
        assertEquals(woodstox(tail), direct(tail), "length " + tail.length() + ": " + tail);
      }
    }
  }

  @Test
  void randomTextsAroundChunkBoundariesMatchWoodstox() throws Exception {
    Random random = new Random(21);
    for (int round = 0; round < 300; round++) {
      int length = round % 3 == 0 ? 505 + random.nextInt(16) : 1 + random.nextInt(40);
      StringBuilder text = new StringBuilder();
      while (text.length() < length) {
        int at = random.nextInt(ALPHABET.length());
        if (Character.isHighSurrogate(ALPHABET.charAt(at))) {
          text.append(ALPHABET, at, at + 2);
        } else if (!Character.isLowSurrogate(ALPHABET.charAt(at))) {
          text.append(ALPHABET.charAt(at));
        }
      }
      assertEquals(woodstox(text.toString()), direct(text.toString()), text.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab\uD800",
        "\uD800",
        "\uDC00ab",
        "a\uDC00\uD800b",
        "a\u0001",
        "\u0000",
        "x\u001fy"
      })
  void whatXmlCannotCarryIsRefusedWithoutQuotingIt(String text) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> direct(text));
    assertFalse(e.getMessage().contains(text), e.getMessage());
    if (text.chars().noneMatch(c -> c < 0x20)) {
      assertThrows(IllegalStateException.class, () -> XmlText.attributeValue(new Buffer(), text));
      assertThrows(IllegalStateException.class, () -> XmlText.startTag(new Buffer(), "", text));
    }
  }
}
