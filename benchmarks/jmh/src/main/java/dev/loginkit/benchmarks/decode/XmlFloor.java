package dev.loginkit.benchmarks.decode;

import com.ctc.wstx.stax.WstxInputFactory;
import dev.loginkit.benchmarks.Outcomes;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The floor: hand-written Woodstox StAX for exactly these bodies, hardened the way LoginKit's
 * reader is (no DTDs, no external entities). Elements nobody reads are skipped with {@code
 * skipElement()}.
 */
public final class XmlFloor {
  static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
  private static final XMLInputFactory FACTORY = newFactory();

  private XmlFloor() {}

  private static XMLInputFactory newFactory() {
    WstxInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /** {@code <out><rc/><sid/><pswd/><msg/><version/>…</out>}. */
  public static Object plain(int status, byte[] body) {
    String rc = null, sid = null, pswd = null, msg = null, version = null;
    XMLStreamReader2 r = null;
    try {
      r = open(body);
      toStart(r); // <out>
      while (nextChild(r)) {
        switch (r.getLocalName()) {
          case "rc" -> rc = r.getElementText().trim();
          case "sid" -> sid = r.getElementText().trim();
          case "pswd" -> pswd = r.getElementText().trim();
          case "msg" -> msg = r.getElementText().trim();
          case "version" -> version = r.getElementText().trim();
          default -> r.skipElement();
        }
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    } finally {
      close(r);
    }
    return Outcomes.xml(status, rc, sid, pswd, msg, version);
  }

  /**
   * A SOAP 1.1 envelope: skip any Header, then the response wrapper's {@code return}, or a Fault.
   */
  public static Object soap(int status, byte[] body) {
    String faultCode = null,
        faultString = null,
        detailCode = null,
        sessionId = null,
        expires = null;
    long userId = 0;
    XMLStreamReader2 r = null;
    try {
      r = open(body);
      toStart(r); // Envelope
      if (!r.getLocalName().equals("Envelope") || !SOAP11.equals(r.getNamespaceURI())) {
        throw new XMLStreamException("not a SOAP 1.1 envelope");
      }
      while (nextChild(r)) {
        if (!r.getLocalName().equals("Body")) {
          r.skipElement(); // Header
          continue;
        }
        while (nextChild(r)) { // the response wrapper or Fault
          boolean fault = r.getLocalName().equals("Fault") && SOAP11.equals(r.getNamespaceURI());
          while (nextChild(r)) {
            String name = r.getLocalName();
            if (fault) {
              switch (name) {
                case "faultcode" -> faultCode = r.getElementText().trim();
                case "faultstring" -> faultString = r.getElementText().trim();
                case "detail" -> {
                  while (nextChild(r)) { // LoginFault
                    while (nextChild(r)) {
                      if (r.getLocalName().equals("code")) {
                        detailCode = r.getElementText().trim();
                      } else {
                        r.skipElement();
                      }
                    }
                  }
                }
                default -> r.skipElement();
              }
            } else if (name.equals("return")) {
              while (nextChild(r)) {
                switch (r.getLocalName()) {
                  case "sessionId" -> sessionId = r.getElementText().trim();
                  case "userId" -> userId = Long.parseLong(r.getElementText().trim());
                  case "expires" -> expires = r.getElementText().trim();
                  default -> r.skipElement();
                }
              }
            } else {
              r.skipElement();
            }
          }
          if (faultCode == null && fault) {
            faultCode = "";
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    } finally {
      close(r);
    }
    return Outcomes.soap(status, faultCode, faultString, detailCode, sessionId, userId, expires);
  }

  private static XMLStreamReader2 open(byte[] body) throws XMLStreamException {
    return (XMLStreamReader2) FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
  }

  private static void toStart(XMLStreamReader r) throws XMLStreamException {
    while (r.next() != XMLStreamConstants.START_ELEMENT) {
      if (r.getEventType() == XMLStreamConstants.DTD) {
        throw new XMLStreamException("DTD refused");
      }
    }
  }

  /** Advances to the next child's start tag (true) or to the parent's end tag (false). */
  private static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
    while (true) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
  }

  private static void close(XMLStreamReader2 r) {
    if (r != null) {
      try {
        r.closeCompletely();
      } catch (XMLStreamException ignored) {
        // in-memory
      }
    }
  }
}
