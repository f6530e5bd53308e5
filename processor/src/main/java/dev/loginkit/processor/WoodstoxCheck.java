package dev.loginkit.processor;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.SessionExpiry;
import dev.loginkit.processor.model.LoginApiModel;
import dev.loginkit.processor.model.OperationModel;
import dev.loginkit.processor.model.ParamModel;
import dev.loginkit.processor.model.ValueKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * XML, SOAP and XML-RPC calls need Woodstox at run time, which {@code loginkit-runtime} declares
 * optional: an interface that sends or reads XML while Woodstox is not on the compile class path
 * gets one {@link Message#XML_WITHOUT_WOODSTOX}, on its first such method.
 */
final class WoodstoxCheck {
  /**
   * The class looked up on the compile class path: any class of woodstox-core proves the jar is
   * there, and this one carries no annotation whose class is missing. Reading {@code
   * WstxInputFactory} (annotated with bnd's {@code @ServiceProvider}, absent from users' class
   * paths) would make javac warn "Cannot find annotation method 'value()'" and fail a user's {@code
   * -Xlint:all -Werror} build.
   */
  static final String PROBE = "com.ctc.wstx.api.WstxInputProperties";

  private final Diagnostics diagnostics;
  private final Elements elements;
  private boolean reported;

  WoodstoxCheck(Diagnostics diagnostics, Elements elements) {
    this.diagnostics = diagnostics;
    this.elements = elements;
  }

  /** Checks one method of the interface; reports at most once per instance. */
  void check(ExecutableElement method, OperationModel op) {
    String use = xmlUse(op);
    if (use != null && missing()) {
      Class<?> endpoint = op.httpMethod().equals("GET") ? Get.class : Post.class;
      diagnostics.error(
          method,
          Mirrors.find(method, endpoint),
          null,
          Message.XML_WITHOUT_WOODSTOX,
          method.getSimpleName(),
          use);
      reported = true;
    }
  }

  /** Checks {@code @SessionExpiry}, whose body path may be read from later XML answers. */
  void check(TypeElement type, LoginApiModel.ExpiryModel expiry) {
    if (!expiry.path().isEmpty() && isXml(expiry.format()) && missing()) {
      diagnostics.error(
          type,
          Mirrors.find(type, SessionExpiry.class),
          null,
          Message.XML_WITHOUT_WOODSTOX,
          "@SessionExpiry of " + type.getSimpleName(),
          "reads " + name(expiry.format()) + " answers");
      reported = true;
    }
  }

  /** Not yet reported, and Woodstox does not resolve. */
  private boolean missing() {
    return !reported && elements.getTypeElement(PROBE) == null;
  }

  /** How {@code op} uses XML, for the message, or {@code null} when it does not. */
  static String xmlUse(OperationModel op) {
    if (op.body() == BodyEncoding.SOAP) {
      return "sends a SOAP body";
    }
    if (op.body() == BodyEncoding.XML_RPC) {
      return "sends an XML-RPC body";
    }
    if (isXml(op.format())) {
      return "reads " + name(op.format()) + " answers";
    }
    for (ParamModel param : op.params()) {
      if (param.kind() == ValueKind.FORMAT) {
        return "may read XML answers (a Format parameter chooses)";
      }
    }
    return null;
  }

  private static boolean isXml(Format format) {
    return format == Format.XML || format == Format.SOAP || format == Format.XML_RPC;
  }

  private static String name(Format format) {
    return format == Format.XML_RPC ? "XML-RPC" : format.name();
  }
}
