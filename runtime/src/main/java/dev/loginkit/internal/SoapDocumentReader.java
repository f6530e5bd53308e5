package dev.loginkit.internal;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads a SOAP 1.1 or 1.2 envelope: skips the {@code Header}, and reads the body's first element as
 * the root of the paths (so {@code return} or {@code result/sessionId} name what is inside the
 * response element). A {@code Fault} is read as the root instead and sets the document's fault code
 * (the local name of {@code faultcode} or {@code Code/Value}) and string ({@code faultstring} or
 * {@code Reason/Text}); {@code detail/…} paths then read the fault's detail.
 */
final class SoapDocumentReader {
  /** Paths every SOAP operation reads, for faults. */
  static final String[] FAULT_PATHS = {"faultcode", "faultstring", "Code/Value", "Reason/Text"};

  private SoapDocumentReader() {}

  static Document read(byte[] body, PathSet paths) throws MalformedBodyException {
    Document doc = new Document(paths);
    XMLStreamReader2 reader = null;
    try {
      reader = XmlDocumentReader.open(body);
      XmlDocumentReader.toRoot(reader);
      String env = reader.getNamespaceURI();
      if (!reader.getLocalName().equals("Envelope")
          || !(XmlBodies.SOAP11.equals(env) || XmlBodies.SOAP12.equals(env))) {
        throw new MalformedBodyException("response is not a SOAP envelope");
      }
      int event = nextElement(reader);
      if (event == XMLStreamConstants.START_ELEMENT && isEnvelope(reader, env, "Header")) {
        reader.skipElement();
        event = nextElement(reader);
      }
      if (event != XMLStreamConstants.START_ELEMENT || !isEnvelope(reader, env, "Body")) {
        throw new MalformedBodyException("SOAP envelope has no Body");
      }
      if (nextElement(reader) == XMLStreamConstants.START_ELEMENT) {
        boolean fault = isEnvelope(reader, env, "Fault");
        XmlDocumentReader.walk(reader, doc, paths);
        if (fault) {
          String code =
              doc.value("faultcode") != null ? doc.value("faultcode") : doc.value("Code/Value");
          String text =
              doc.value("faultstring") != null
                  ? doc.value("faultstring")
                  : doc.value("Reason/Text");
          doc.fault(localName(code), text);
        }
      }
      while (reader.hasNext()) {
        reader.next(); // the rest of Body and Envelope; Woodstox checks they are well-formed
      }
      return doc;
    } catch (XMLStreamException | RuntimeException e) {
      throw new MalformedBodyException("malformed SOAP envelope" + XmlDocumentReader.location(e));
    } finally {
      XmlDocumentReader.close(reader);
    }
  }

  private static boolean isEnvelope(XMLStreamReader2 reader, String env, String name) {
    return reader.getLocalName().equals(name) && env.equals(reader.getNamespaceURI());
  }

  /** {@code SOAP-ENV:Server} → {@code Server}. */
  private static String localName(String qname) {
    if (qname == null) {
      return "";
    }
    int colon = qname.indexOf(':');
    return colon < 0 ? qname : qname.substring(colon + 1);
  }

  private static int nextElement(XMLStreamReader2 reader)
      throws XMLStreamException, MalformedBodyException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
        return event;
      }
      if (event == XMLStreamConstants.DTD) {
        throw new MalformedBodyException("XML body declares a DTD, which is refused");
      }
    }
    throw new MalformedBodyException("SOAP envelope ends early");
  }
}
