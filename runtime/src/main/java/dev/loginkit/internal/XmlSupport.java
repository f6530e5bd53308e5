package dev.loginkit.internal;

import dev.loginkit.LoginConfigurationException;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Format;

/**
 * Woodstox, which {@code loginkit-runtime} declares optional: XML, SOAP and XML-RPC calls need it,
 * JSON, form, multipart and text calls do not. Whether it is on the class path is looked up once.
 */
final class XmlSupport {
  /** The Maven coordinates an XML user adds. */
  static final String COORDINATES = "com.fasterxml.woodstox:woodstox-core";

  /** Looked up on first need, so that a JSON call never touches the class path for it. */
  private static volatile Boolean available;

  private XmlSupport() {}

  /**
   * Refuses a call of {@code op} answered in {@code format} (the declared one, or the one chosen
   * for this call), before anything is sent, when it sends or reads XML and Woodstox is absent.
   *
   * @throws LoginConfigurationException naming the dependency to add
   */
  static void require(Operation op, Format format) {
    if (needsXml(op.body(), format) && !available()) {
      throw new LoginConfigurationException(
          op
              + " "
              + use(op.body(), format)
              + ", which needs Woodstox on the class path: add the dependency "
              + COORDINATES
              + " (optional in loginkit-runtime)");
    }
  }

  /** {@code sends a SOAP body}, {@code reads XML answers}, … */
  private static String use(BodyEncoding body, Format format) {
    if (body == BodyEncoding.SOAP) {
      return "sends a SOAP body";
    }
    if (body == BodyEncoding.XML_RPC) {
      return "sends an XML-RPC body";
    }
    return "reads " + (format == Format.XML_RPC ? "XML-RPC" : format.name()) + " answers";
  }

  /** Whether Woodstox is on the class path. */
  static boolean available() {
    Boolean known = available;
    if (known == null) {
      known =
          present("com.ctc.wstx.stax.WstxInputFactory")
              && present("org.codehaus.stax2.XMLStreamReader2");
      available = known;
    }
    return known;
  }

  /** Whether a request body or a response format is XML, SOAP or XML-RPC. */
  static boolean needsXml(BodyEncoding body, Format format) {
    return body == BodyEncoding.SOAP
        || body == BodyEncoding.XML_RPC
        || format == Format.XML
        || format == Format.SOAP
        || format == Format.XML_RPC;
  }

  private static boolean present(String name) {
    try {
      Class.forName(name, false, XmlSupport.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
