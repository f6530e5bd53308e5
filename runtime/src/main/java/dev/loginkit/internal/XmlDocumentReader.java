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

  /**
   * Longest text of one element, in characters. Woodstox's {@code P_MAX_TEXT_LENGTH} bounds one
   * text segment, not what coalescing joins, so the readers count themselves.
   */
  static final int MAX_TEXT = 1 << 20;

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
    factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT);
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
      reader = open(body);
      toRoot(reader);
      walk(reader, doc, paths);
      rest(reader);
      return doc;
    } catch (XMLStreamException | RuntimeException e) {
      throw new MalformedBodyException("malformed XML" + location(e));
    } finally {
      close(reader);
    }
  }

  static XMLStreamReader2 open(byte[] body) throws XMLStreamException {
    return (XMLStreamReader2) FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
  }

  /** Advances to the root element's start tag, refusing a DTD. */
  static void toRoot(XMLStreamReader2 reader) throws XMLStreamException, MalformedBodyException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.DTD) {
        throw new MalformedBodyException("XML body declares a DTD, which is refused");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        return;
      }
    }
    throw new MalformedBodyException("XML body has no root element");
  }

  /** After the root element: only comments, processing instructions and whitespace may follow. */
  static void rest(XMLStreamReader2 reader) throws XMLStreamException, MalformedBodyException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        throw new MalformedBodyException("XML body has a second root element");
      }
    }
  }

  /**
   * Reads the element whose start tag the reader is on as the root of the paths, and leaves the
   * reader on its end tag.
   */
  static void walk(XMLStreamReader2 reader, Document doc, PathSet paths)
      throws XMLStreamException, MalformedBodyException {
    String[] names = paths.hasWildcards() ? new String[MAX_DEPTH + 2] : null;
    element(reader, paths.root(), 0, names, doc);
  }

  /**
   * Reads the element whose start tag the reader is on, at state {@code at}, and leaves the reader
   * on its end tag. Children no path leads into are skipped; leaf text no path reads is never
   * materialised.
   */
  private static void element(
      XMLStreamReader2 reader, PathState at, int depth, String[] names, Document doc)
      throws XMLStreamException, MalformedBodyException {
    boolean nil = isNil(reader);
    if (!nil) {
      doc.markPresent(at);
    }
    if (at.readsAttributes()) {
      readAttributes(reader, at, doc);
    }
    boolean wanted = at.wanted() && !nil;
    boolean hasChild = false;
    String text = null;
    StringBuilder joined = null;
    while (reader.hasNext()) {
      switch (reader.next()) {
        case XMLStreamConstants.START_ELEMENT:
          hasChild = true;
          text = null;
          joined = null;
          String name = reader.getLocalName();
          PathState next = at.child(name);
          if (next == null) {
            reader.skipElement();
          } else {
            if (names != null) {
              names[depth] = name;
            }
            element(reader, next, depth + 1, names, doc);
          }
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (wanted && !hasChild) {
            if (text == null) {
              checkLength(reader.getTextLength());
              text = reader.getText();
            } else {
              if (joined == null) {
                joined = new StringBuilder(text);
              }
              appendText(joined, reader);
            }
          }
          break;
        case XMLStreamConstants.END_ELEMENT:
          if (wanted && !hasChild) {
            String value = joined != null ? joined.toString() : text != null ? text : "";
            doc.scalar(at, value.trim(), names);
          }
          return;
        default:
          break;
      }
    }
    throw new MalformedBodyException("XML body ends inside an element");
  }

  private static void checkLength(int length) throws MalformedBodyException {
    if (length > MAX_TEXT) {
      throw new MalformedBodyException("XML text longer than " + MAX_TEXT + " characters");
    }
  }

  /** Appends the current text event, refusing an element text longer than {@link #MAX_TEXT}. */
  static void appendText(StringBuilder text, XMLStreamReader2 reader)
      throws MalformedBodyException {
    checkLength(text.length() + reader.getTextLength());
    text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
  }

  /** {@code getElementText()}, refusing a text longer than {@link #MAX_TEXT}. */
  static String elementText(XMLStreamReader2 reader)
      throws XMLStreamException, MalformedBodyException {
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          appendText(text, reader);
          break;
        case XMLStreamConstants.END_ELEMENT:
          return text.toString();
        case XMLStreamConstants.PROCESSING_INSTRUCTION:
        case XMLStreamConstants.COMMENT:
          break;
        default:
          throw new MalformedBodyException("XML element holds markup where text was expected");
      }
    }
  }

  private static boolean isNil(XMLStreamReader2 reader) {
    return "true".equals(reader.getAttributeValue(XSI, "nil"));
  }

  /** Attributes some path names ({@code @name}); namespace declarations are not attributes. */
  private static void readAttributes(XMLStreamReader2 reader, PathState at, Document doc) {
    int count = reader.getAttributeCount();
    for (int i = 0; i < count; i++) {
      int[] targets = at.attribute(reader.getAttributeLocalName(i));
      if (targets != null
          && !XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(reader.getAttributeNamespace(i))) {
        doc.attribute(targets, reader.getAttributeValue(i));
      }
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  static String location(Exception e) {
    if (e instanceof XMLStreamException xml && xml.getLocation() != null) {
      return " at line "
          + xml.getLocation().getLineNumber()
          + ", column "
          + xml.getLocation().getColumnNumber();
    }
    return "";
  }

  static void close(XMLStreamReader2 reader) {
    if (reader != null) {
      try {
        reader.closeCompletely();
      } catch (XMLStreamException ignored) {
        // nothing to release beyond the in-memory stream
      }
    }
  }
}
