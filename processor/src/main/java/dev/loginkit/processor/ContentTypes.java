package dev.loginkit.processor;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.SoapVersion;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import okhttp3.MediaType;

/** Whether a declared request {@code Content-Type} fits the body LoginKit writes. */
final class ContentTypes {
  private ContentTypes() {}

  /**
   * What is wrong with {@code declared} for {@code body}, as the end of a sentence, or {@code
   * null}.
   */
  static String problem(BodyEncoding body, SoapVersion soap, String declared) {
    for (int i = 0; i < declared.length(); i++) {
      char c = declared.charAt(i);
      if (c < 0x20 || c >= 0x7f) {
        return "has a control or non-ASCII character";
      }
    }
    MediaType type = MediaType.parse(declared);
    if (type == null) {
      return "is not a media type (type/subtype; parameters)";
    }
    if (type.charset() != null && !type.charset().equals(StandardCharsets.UTF_8)) {
      return "names a charset other than UTF-8, which LoginKit writes";
    }
    String main = type.type().toLowerCase(Locale.ROOT);
    String sub = type.subtype().toLowerCase(Locale.ROOT);
    switch (body) {
      case JSON:
        return sub.equals("json") || sub.equals("json-rpc") || sub.endsWith("+json")
            ? null
            : "does not describe the JSON body LoginKit writes";
      case XML_RPC:
        return sub.equals("xml") || sub.endsWith("+xml")
            ? null
            : "does not describe the XML-RPC body LoginKit writes";
      case SOAP:
        if (declared.toLowerCase(Locale.ROOT).contains("action=")) {
          return "carries an action parameter; declare the action in @Soap(action), which LoginKit writes";
        }
        boolean v11 = soap != SoapVersion.V1_2;
        boolean fits =
            v11
                ? main.equals("text") && sub.equals("xml")
                : main.equals("application") && sub.equals("soap+xml");
        return fits
            ? null
            : "is not the " + (v11 ? "text/xml of SOAP 1.1" : "application/soap+xml of SOAP 1.2");
      case FORM:
        return main.equals("application") && sub.equals("x-www-form-urlencoded")
            ? null
            : "does not describe the form body LoginKit writes (application/x-www-form-urlencoded)";
      default:
        return "is declared for a multipart body, whose Content-Type and boundary LoginKit writes";
    }
  }
}
