package dev.loginkit.internal;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Streams an XML-RPC {@code methodResponse} into a {@link Document}: struct member names are path
 * segments, arrays are transparent, typed scalars ({@code <int>}, {@code <boolean>}, {@code
 * <dateTime.iso8601>}, …) are read as their text. A {@code <fault>} sets the document's fault code
 * and string instead.
 */
final class XmlRpcDocumentReader {
  static final String FAULT_CODE = "faultCode";
  static final String FAULT_STRING = "faultString";

  private XmlRpcDocumentReader() {}

  static Document read(byte[] body, PathSet paths) throws MalformedBodyException {
    Document doc = new Document(paths);
    XMLStreamReader2 reader = null;
    try {
      reader = XmlDocumentReader.open(body);
      XmlDocumentReader.toRoot(reader);
      expect(reader, "methodResponse");
      int event = nextElement(reader);
      if (event != XMLStreamConstants.START_ELEMENT) {
        throw new MalformedBodyException("XML-RPC response is empty");
      }
      String[] names = paths.hasWildcards() ? new String[XmlDocumentReader.MAX_DEPTH + 2] : null;
      if (reader.getLocalName().equals("fault")) {
        nextElement(reader);
        expect(reader, "value");
        readValue(reader, paths.root(), 0, names, doc);
        doc.fault(doc.value(FAULT_CODE), doc.value(FAULT_STRING));
      } else {
        expect(reader, "params");
        if (nextElement(reader) == XMLStreamConstants.START_ELEMENT) {
          expect(reader, "param");
          nextElement(reader);
          expect(reader, "value");
          readValue(reader, paths.root(), 0, names, doc);
        }
      }
      XmlDocumentReader.rest(reader);
      return doc;
    } catch (XMLStreamException | RuntimeException e) {
      throw new MalformedBodyException(
          "malformed XML-RPC response" + XmlDocumentReader.location(e));
    } finally {
      XmlDocumentReader.close(reader);
    }
  }

  /**
   * Reads one {@code <value>} (the reader is on its start tag) and leaves the reader on its end
   * tag.
   */
  private static void readValue(
      XMLStreamReader2 reader, PathState at, int depth, String[] names, Document doc)
      throws XMLStreamException, MalformedBodyException {
    if (depth > XmlDocumentReader.MAX_DEPTH) {
      throw new MalformedBodyException("XML-RPC value nested too deeply");
    }
    doc.markPresent(at);
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = reader.next();
      if (event == XMLStreamConstants.END_ELEMENT) { // </value> with untyped text: a string
        doc.scalar(at, text.toString(), names);
        return;
      }
      if (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        XmlDocumentReader.appendText(text, reader);
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        String type = reader.getLocalName();
        if (type.equals("struct")) {
          readStruct(reader, at, depth, names, doc);
        } else if (type.equals("array")) {
          readArray(reader, at, depth, names, doc);
        } else {
          String scalar = XmlDocumentReader.elementText(reader);
          doc.scalar(at, type.equals("string") ? scalar : scalar.trim(), names);
        }
        nextElement(reader); // </value>
        return;
      }
    }
  }

  private static void readStruct(
      XMLStreamReader2 reader, PathState at, int depth, String[] names, Document doc)
      throws XMLStreamException, MalformedBodyException {
    while (nextElement(reader) == XMLStreamConstants.START_ELEMENT) {
      expect(reader, "member");
      nextElement(reader);
      expect(reader, "name");
      String name = XmlDocumentReader.elementText(reader).trim();
      nextElement(reader);
      expect(reader, "value");
      PathState next = at.child(name);
      if (next == null) {
        reader.skipElement();
      } else {
        if (names != null) {
          names[depth] = name;
        }
        readValue(reader, next, depth + 1, names, doc);
      }
      nextElement(reader); // </member>
    }
  }

  private static void readArray(
      XMLStreamReader2 reader, PathState at, int depth, String[] names, Document doc)
      throws XMLStreamException, MalformedBodyException {
    nextElement(reader);
    expect(reader, "data");
    while (nextElement(reader) == XMLStreamConstants.START_ELEMENT) {
      expect(reader, "value");
      readValue(reader, at, depth, names, doc);
    }
    nextElement(reader); // </array>
  }

  /** Moves to the next start or end tag, refusing anything but whitespace in between. */
  private static int nextElement(XMLStreamReader2 reader)
      throws XMLStreamException, MalformedBodyException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
        return event;
      }
      if ((event == XMLStreamConstants.CHARACTERS) && !reader.isWhiteSpace()) {
        throw new MalformedBodyException("unexpected text in XML-RPC response");
      }
    }
    throw new MalformedBodyException("XML-RPC response ends early");
  }

  private static void expect(XMLStreamReader2 reader, String name) throws MalformedBodyException {
    if (!reader.isStartElement() || !reader.getLocalName().equals(name)) {
      throw new MalformedBodyException("XML-RPC response lacks <" + name + ">");
    }
  }
}
