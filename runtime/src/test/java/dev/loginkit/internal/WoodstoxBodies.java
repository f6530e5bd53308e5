package dev.loginkit.internal;

import static dev.loginkit.internal.XmlBodies.SOAP11;
import static dev.loginkit.internal.XmlBodies.SOAP11_ENCODING;
import static dev.loginkit.internal.XmlBodies.SOAP12;
import static dev.loginkit.internal.XmlBodies.SOAP12_ENCODING;
import static dev.loginkit.internal.XmlBodies.XSD;
import static dev.loginkit.internal.XmlBodies.XSI;

import com.ctc.wstx.stax.WstxOutputFactory;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.SoapVersion;
import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The Woodstox stream writer version of {@link XmlBodies} (what the runtime used before writing the
 * bodies directly): the reference its bytes are compared with.
 */
final class WoodstoxBodies {
  private static final XMLOutputFactory OUTPUT = new WstxOutputFactory();

  private WoodstoxBodies() {}

  /**
   * The SOAP envelope for {@code params}: header entries from {@link In#SOAP_HEADER}, the rest in
   * the body.
   */
  static byte[] soap(SoapSpec spec, Params params) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try {
      XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
      String env = spec.version() == SoapVersion.V1_1 ? SOAP11 : SOAP12;
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("SOAP-ENV", "Envelope", env);
      xml.writeNamespace("SOAP-ENV", env);
      xml.writeNamespace("ns1", spec.namespace());
      if (spec.encoded()) {
        xml.writeNamespace("xsd", XSD);
        xml.writeNamespace("xsi", XSI);
        xml.writeNamespace(
            "SOAP-ENC", spec.version() == SoapVersion.V1_1 ? SOAP11_ENCODING : SOAP12_ENCODING);
      }
      if (hasHeaders(params)) {
        xml.writeStartElement("SOAP-ENV", "Header", env);
        writeParts(xml, spec, params, true, true);
        xml.writeEndElement();
      }
      xml.writeStartElement("SOAP-ENV", "Body", env);
      xml.writeStartElement("ns1", spec.operation(), spec.namespace());
      if (spec.encoded()) {
        xml.writeAttribute(
            "SOAP-ENV",
            env,
            "encodingStyle",
            spec.version() == SoapVersion.V1_1 ? SOAP11_ENCODING : SOAP12_ENCODING);
      }
      writeParts(xml, spec, params, false, !spec.rpc());
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write SOAP envelope", e); // in memory: cannot happen
    }
    return out.toByteArray();
  }

  private static boolean hasHeaders(Params params) {
    for (int i = 0; i < params.size(); i++) {
      if (params.in(i) == In.SOAP_HEADER) {
        return true;
      }
    }
    return false;
  }

  private static void writeParts(
      XMLStreamWriter xml, SoapSpec spec, Params params, boolean headers, boolean qualified)
      throws XMLStreamException {
    for (int i = 0; i < params.size(); i++) {
      In in = params.in(i);
      if ((in == In.SOAP_HEADER) != headers
          || in == In.HEADER
          || in == In.QUERY
          || in == In.COOKIE) {
        continue;
      }
      writeElement(xml, spec, params.name(i), params.value(i), qualified);
    }
  }

  private static void writeElement(
      XMLStreamWriter xml, SoapSpec spec, String name, Object value, boolean qualified)
      throws XMLStreamException {
    if (qualified) {
      xml.writeStartElement("ns1", name, spec.namespace());
    } else {
      xml.writeStartElement(name);
    }
    if (value instanceof Params nested) {
      for (int i = 0; i < nested.size(); i++) {
        writeElement(xml, spec, nested.name(i), nested.value(i), qualified);
      }
    } else {
      if (spec.encoded()) {
        xml.writeAttribute("xsi", XSI, "type", "xsd:" + xsdType(value));
      }
      xml.writeCharacters(value.toString());
    }
    xml.writeEndElement();
  }

  private static String xsdType(Object value) {
    if (value instanceof Integer) {
      return "int";
    } else if (value instanceof Long) {
      return "long";
    } else if (value instanceof Boolean) {
      return "boolean";
    } else if (value instanceof Double || value instanceof Float) {
      return "double";
    }
    return "string";
  }

  /** The XML-RPC {@code methodCall}: one struct of all parameters, or one param each. */
  static byte[] xmlRpc(String method, boolean struct, Params params) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try {
      XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("methodCall");
      xml.writeStartElement("methodName");
      xml.writeCharacters(method);
      xml.writeEndElement();
      xml.writeStartElement("params");
      if (struct) {
        xml.writeStartElement("param");
        writeRpcValue(xml, bodyOnly(params));
        xml.writeEndElement();
      } else {
        Params body = bodyOnly(params);
        for (int i = 0; i < body.size(); i++) {
          xml.writeStartElement("param");
          writeRpcValue(xml, body.value(i));
          xml.writeEndElement();
        }
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XML-RPC call", e); // in memory: cannot happen
    }
    return out.toByteArray();
  }

  private static Params bodyOnly(Params params) {
    Params body = new Params();
    for (int i = 0; i < params.size(); i++) {
      if (params.in(i) == In.DEFAULT) {
        body.param(params.name(i), params.value(i));
      }
    }
    return body;
  }

  private static void writeRpcValue(XMLStreamWriter xml, Object value) throws XMLStreamException {
    xml.writeStartElement("value");
    if (value instanceof Params nested) {
      xml.writeStartElement("struct");
      for (int i = 0; i < nested.size(); i++) {
        xml.writeStartElement("member");
        xml.writeStartElement("name");
        xml.writeCharacters(nested.name(i));
        xml.writeEndElement();
        writeRpcValue(xml, nested.value(i));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    } else {
      String type;
      String text = value.toString();
      if (value instanceof Integer || value instanceof Short) {
        type = "int";
      } else if (value instanceof Long) {
        type = "i8";
      } else if (value instanceof Boolean b) {
        type = "boolean";
        text = b ? "1" : "0";
      } else if (value instanceof Double || value instanceof Float) {
        type = "double";
      } else {
        type = "string";
      }
      xml.writeStartElement(type);
      xml.writeCharacters(text);
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }
}
