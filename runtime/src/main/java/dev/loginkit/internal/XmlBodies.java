package dev.loginkit.internal;

import dev.loginkit.annotations.In;
import dev.loginkit.annotations.SoapVersion;
import okio.Buffer;

/**
 * Writes SOAP envelopes and XML-RPC method calls. Their shape is fixed by the operation, so they
 * are written directly, without a general-purpose XML writer: names as declared, values escaped by
 * {@link XmlText}, which escapes exactly as Woodstox's stream writer does (the bytes are the ones
 * Woodstox wrote before, element for element).
 */
final class XmlBodies {
  static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
  static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
  static final String SOAP11_ENCODING = "http://schemas.xmlsoap.org/soap/encoding/";
  static final String SOAP12_ENCODING = "http://www.w3.org/2003/05/soap-encoding";
  static final String XSD = "http://www.w3.org/2001/XMLSchema";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private static final String DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>";
  private static final String SOAP = "SOAP-ENV:";
  private static final String NS = "ns1:";

  private XmlBodies() {}

  /**
   * The SOAP envelope for {@code params}: header entries from {@link In#SOAP_HEADER}, the rest in
   * the body.
   */
  static byte[] soap(SoapSpec spec, Params params) {
    boolean v11 = spec.version() == SoapVersion.V1_1;
    Buffer out = new Buffer();
    out.writeUtf8(DECLARATION).writeUtf8("<SOAP-ENV:Envelope");
    namespace(out, "SOAP-ENV", v11 ? SOAP11 : SOAP12);
    namespace(out, "ns1", spec.namespace());
    if (spec.encoded()) {
      namespace(out, "xsd", XSD);
      namespace(out, "xsi", XSI);
      namespace(out, "SOAP-ENC", v11 ? SOAP11_ENCODING : SOAP12_ENCODING);
    }
    out.writeByte('>');
    if (countParts(params, true) > 0) {
      out.writeUtf8("<SOAP-ENV:Header>");
      writeParts(out, spec, params, true, NS);
      out.writeUtf8("</SOAP-ENV:Header>");
    }
    out.writeUtf8("<SOAP-ENV:Body>");
    XmlText.startTag(out, NS, spec.operation());
    if (spec.encoded()) {
      out.writeUtf8(" SOAP-ENV:encodingStyle=\"")
          .writeUtf8(v11 ? SOAP11_ENCODING : SOAP12_ENCODING)
          .writeByte('"');
    }
    attributes(out, params, false);
    if (countParts(params, false) == 0) {
      out.writeUtf8("/>");
    } else {
      out.writeByte('>');
      writeParts(out, spec, params, false, spec.rpc() ? "" : NS);
      XmlText.endTag(out, NS, spec.operation());
    }
    out.writeUtf8("</SOAP-ENV:Body></SOAP-ENV:Envelope>");
    return out.readByteArray();
  }

  private static void namespace(Buffer out, String prefix, String uri) {
    out.writeUtf8(" xmlns:").writeUtf8(prefix).writeUtf8("=\"");
    XmlText.attributeValue(out, uri);
    out.writeByte('"');
  }

  /**
   * Whether the {@code i}th parameter is a SOAP header entry ({@code headers}) or a body part: an
   * element, not an attribute ({@code @name}) of the element that holds it.
   */
  private static boolean isPart(Params params, int i, boolean headers) {
    In in = params.in(i);
    return (in == In.SOAP_HEADER) == headers
        && in != In.HEADER
        && in != In.QUERY
        && in != In.COOKIE
        && !isAttribute(params.name(i));
  }

  /**
   * A wire name {@code @by}: an attribute of the enclosing element (checked to be an XML name at
   * compile time).
   */
  private static boolean isAttribute(String name) {
    return name.startsWith("@");
  }

  /** A wire name {@code .}: the text of the enclosing element. */
  private static boolean isText(String name) {
    return name.equals(".");
  }

  private static int countParts(Params params, boolean headers) {
    int count = 0;
    for (int i = 0; i < params.size(); i++) {
      if (isPart(params, i, headers)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The {@code @name} values of {@code params} (in the body, or any when {@code nested}) as
   * attributes.
   */
  private static void attributes(Buffer out, Params params, boolean nested) {
    for (int i = 0; i < params.size(); i++) {
      In in = params.in(i);
      if (isAttribute(params.name(i)) && (nested || in == In.DEFAULT)) {
        out.writeByte(' ').writeUtf8(params.name(i).substring(1)).writeUtf8("=\"");
        XmlText.attributeValue(out, params.value(i).toString());
        out.writeByte('"');
      }
    }
  }

  private static void writeParts(
      Buffer out, SoapSpec spec, Params params, boolean headers, String prefix) {
    for (int i = 0; i < params.size(); i++) {
      if (isPart(params, i, headers)) {
        writeElement(out, spec, params.name(i), params.value(i), prefix);
      }
    }
  }

  /**
   * One element; {@code name} may carry its own namespace in Clark notation ({@code {urn:x}name}),
   * written as the element's default namespace, which its children then share unprefixed.
   */
  private static void writeElement(
      Buffer out, SoapSpec spec, String name, Object value, String prefix) {
    String local = name;
    String namespace = null;
    if (name.startsWith("{")) {
      int end = name.indexOf('}');
      namespace = name.substring(1, end);
      local = name.substring(end + 1);
      prefix = "";
    }
    XmlText.startTag(out, prefix, local);
    if (namespace != null) {
      out.writeUtf8(" xmlns=\"");
      XmlText.attributeValue(out, namespace);
      out.writeByte('"');
    }
    if (value instanceof Params nested) {
      attributes(out, nested, true);
      String text = null;
      int children = 0;
      for (int i = 0; i < nested.size(); i++) {
        if (isText(nested.name(i))) {
          text = nested.value(i).toString();
        } else if (!isAttribute(nested.name(i))) {
          children++;
        }
      }
      if (text == null && children == 0) {
        out.writeUtf8("/>");
        return;
      }
      out.writeByte('>');
      if (text != null) {
        XmlText.text(
            out, text); // the processor allows text only next to attributes, never next to children
      }
      for (int i = 0; i < nested.size(); i++) {
        if (!isText(nested.name(i)) && !isAttribute(nested.name(i))) {
          writeElement(out, spec, nested.name(i), nested.value(i), prefix);
        }
      }
    } else {
      String text = value.toString();
      if (text.isEmpty() && namespace != null) {
        out.writeUtf8(
            "/>"); // an empty entry a provider defines, such as <context xmlns="urn:zimbra"/>
        return;
      }
      if (spec.encoded()) {
        out.writeUtf8(" xsi:type=\"xsd:").writeUtf8(xsdType(value)).writeByte('"');
      }
      out.writeByte('>');
      XmlText.text(out, text);
    }
    XmlText.endTag(out, prefix, local);
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

  /**
   * The XML-RPC {@code methodCall}: one struct of all parameters, or one param each; only the
   * parameters in the default place (query, header and cookie parameters travel elsewhere).
   */
  static byte[] xmlRpc(String method, boolean struct, Params params) {
    Buffer out = new Buffer();
    out.writeUtf8(DECLARATION).writeUtf8("<methodCall><methodName>");
    XmlText.text(out, method);
    out.writeUtf8("</methodName>");
    int count = countDefault(params);
    if (struct) {
      out.writeUtf8("<params><param><value>");
      writeStruct(out, params, true, count);
      out.writeUtf8("</value></param></params>");
    } else if (count == 0) {
      out.writeUtf8("<params/>");
    } else {
      out.writeUtf8("<params>");
      for (int i = 0; i < params.size(); i++) {
        if (params.in(i) == In.DEFAULT) {
          out.writeUtf8("<param>");
          writeRpcValue(out, params.value(i));
          out.writeUtf8("</param>");
        }
      }
      out.writeUtf8("</params>");
    }
    out.writeUtf8("</methodCall>");
    return out.readByteArray();
  }

  private static int countDefault(Params params) {
    int count = 0;
    for (int i = 0; i < params.size(); i++) {
      if (params.in(i) == In.DEFAULT) {
        count++;
      }
    }
    return count;
  }

  /**
   * A {@code struct} of the members of {@code params} ({@code defaultOnly}: those in the default
   * place).
   */
  private static void writeStruct(Buffer out, Params params, boolean defaultOnly, int count) {
    if (count == 0) {
      out.writeUtf8("<struct/>");
      return;
    }
    out.writeUtf8("<struct>");
    for (int i = 0; i < params.size(); i++) {
      if (defaultOnly && params.in(i) != In.DEFAULT) {
        continue;
      }
      out.writeUtf8("<member><name>");
      XmlText.text(out, params.name(i));
      out.writeUtf8("</name>");
      writeRpcValue(out, params.value(i));
      out.writeUtf8("</member>");
    }
    out.writeUtf8("</struct>");
  }

  private static void writeRpcValue(Buffer out, Object value) {
    out.writeUtf8("<value>");
    if (value instanceof Params nested) {
      writeStruct(out, nested, false, nested.size());
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
      out.writeByte('<').writeUtf8(type).writeByte('>');
      XmlText.text(out, text);
      out.writeUtf8("</").writeUtf8(type).writeByte('>');
    }
    out.writeUtf8("</value>");
  }
}
