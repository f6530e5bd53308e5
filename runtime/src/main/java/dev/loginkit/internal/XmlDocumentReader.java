package dev.loginkit.internal;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Streams an XML body once with Woodstox, keeping only the values at the wanted paths. Paths start
 * below the root element and match local names, so prefixes and namespace declarations do not
 * matter. Leaf text (CDATA included) is trimmed; {@code xsi:nil="true"} reads as absent; {@code
 * @name} segments read attributes. Any DTD is refused, so no entity is ever expanded or fetched.
 */
final class XmlDocumentReader {
  static final int MAX_DEPTH = 64;
  private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

  private static final XMLInputFactory FACTORY = newFactory();

  private XmlDocumentReader() {}

  private static XMLInputFactory newFactory() {
    WstxInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
    factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 1 << 20);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 64);
    return factory;
  }

  static Document read(byte[] body, PathSet paths) throws MalformedBodyException {
    Document doc = new Document(paths);
    if (isBlank(body)) {
      return doc;
    }
    XMLStreamReader2 reader = null;
    try {
      reader = (XMLStreamReader2) FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
      walk(reader, doc, paths);
      return doc;
    } catch (XMLStreamException | RuntimeException e) {
      throw new MalformedBodyException("malformed XML" + location(e));
    } finally {
      close(reader);
    }
  }

  private static void walk(XMLStreamReader2 reader, Document doc, PathSet paths)
      throws XMLStreamException, MalformedBodyException {
    String[] stack = new String[MAX_DEPTH + 2];
    boolean[] hasChild = new boolean[MAX_DEPTH + 2];
    boolean[] nil = new boolean[MAX_DEPTH + 2];
    StringBuilder text = new StringBuilder();
    int depth = -1; // the root element is depth 0 and is not part of any path
    boolean rootSeen = false;
    while (reader.hasNext()) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.DTD:
          throw new MalformedBodyException("XML body declares a DTD, which is refused");
        case XMLStreamConstants.START_ELEMENT:
          if (depth < 0 && rootSeen) {
            throw new MalformedBodyException("XML body has a second root element");
          }
          rootSeen = true;
          if (depth >= 0) {
            hasChild[depth] = true;
            stack[depth] = reader.getLocalName();
          }
          depth++;
          hasChild[depth] = false;
          nil[depth] = "true".equals(reader.getAttributeValue(XSI, "nil"));
          text.setLength(0);
          if (depth > 0 && !paths.relevant(stack, depth)) {
            if (!nil[depth]) {
              doc.markPresent(stack, depth);
            }
            reader.skipElement();
            depth--;
            continue;
          }
          if (!nil[depth]) {
            doc.markPresent(stack, depth);
          }
          readAttributes(reader, stack, depth, doc);
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (depth >= 0 && !hasChild[depth]) {
            text.append(reader.getText());
          }
          break;
        case XMLStreamConstants.END_ELEMENT:
          if (!hasChild[depth] && !nil[depth]) {
            doc.scalar(stack, depth, text.toString().trim());
          }
          text.setLength(0);
          depth--;
          break;
        default:
          break;
      }
    }
    if (!rootSeen) {
      throw new MalformedBodyException("XML body has no root element");
    }
  }

  private static void readAttributes(XMLStreamReader2 reader, String[] stack, int depth, Document doc) {
    int count = reader.getAttributeCount();
    for (int i = 0; i < count; i++) {
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(reader.getAttributeNamespace(i))) {
        continue;
      }
      stack[depth] = "@" + reader.getAttributeLocalName(i);
      doc.markPresent(stack, depth + 1);
      doc.scalar(stack, depth + 1, reader.getAttributeValue(i));
    }
    stack[depth] = null;
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static String location(Exception e) {
    if (e instanceof XMLStreamException xml && xml.getLocation() != null) {
      return " at line " + xml.getLocation().getLineNumber() + ", column "
          + xml.getLocation().getColumnNumber();
    }
    return "";
  }

  private static void close(XMLStreamReader2 reader) {
    if (reader != null) {
      try {
        reader.closeCompletely();
      } catch (XMLStreamException ignored) {
        // nothing to release beyond the in-memory stream
      }
    }
  }
}
