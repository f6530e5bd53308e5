package dev.loginkit.processor;

import com.palantir.javapoet.TypeName;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.Input;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.WireValue;
import dev.loginkit.processor.model.ParamModel;
import dev.loginkit.processor.model.ValueKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** Reads one method parameter (or record component) into a {@link ParamModel}. */
final class ParamParser {
  private static final int MAX_RECORD_DEPTH = 8;

  private final Diagnostics diagnostics;

  /**
   * The records whose components are being read, outermost first: a record inside itself is
   * refused.
   */
  private final Deque<TypeElement> enclosing = new ArrayDeque<>();

  ParamParser(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The model, or {@code null} after reporting why there is none.
   *
   * @param body the call's body encoding, {@code null} for a {@code GET}
   * @param method the method's name, for messages
   * @param depth 0 for a method parameter, more for record components
   */
  ParamModel parse(Element element, TypeMirror type, BodyEncoding body, String method, int depth) {
    Param param = element.getAnnotation(Param.class);
    if (depth == 0 && element.getAnnotation(Input.class) != null) {
      return input(element, type, param != null);
    }
    if (param == null) {
      diagnostics.error(element, Message.PARAM_WITHOUT_MAPPING, element.getSimpleName());
      return null;
    }
    String javaName = element.getSimpleName().toString();
    String wireName = param.value().isEmpty() ? javaName : param.value();
    ValueKind kind = Types.kindOf(type);
    if (kind == null
        || (kind == ValueKind.RECORD
            && (depth >= MAX_RECORD_DEPTH || enclosing.contains(Types.element(type))))
        || (kind == ValueKind.FORMAT && depth > 0)
        || kind == ValueKind.INSTANT) {
      diagnostics.error(element, Message.UNSUPPORTED_PARAM_TYPE, javaName, type);
      return null;
    }
    if ((kind == ValueKind.ENUM || kind == ValueKind.RECORD)
        && Types.isPrivate(Types.element(type))) {
      diagnostics.error(element, Message.PRIVATE_TYPE, Types.nestedName(Types.element(type)));
      return null;
    }
    boolean secret = element.getAnnotation(Secret.class) != null || kind.isSecretType();
    if (secret && kind != ValueKind.STRING && !kind.isSecretType()) {
      diagnostics.error(
          element, Mirrors.find(element, Secret.class), null, Message.SECRET_TYPE, javaName, type);
      return null;
    }
    Default fallback = element.getAnnotation(Default.class);
    if (fallback != null && !kind.nullable()) {
      diagnostics.error(
          element,
          Mirrors.find(element, Default.class),
          null,
          Message.DEFAULT_ON_PRIMITIVE,
          javaName);
    }
    if (fallback != null && !WireValues.isValidDefault(kind, fallback.value())) {
      diagnostics.error(
          element,
          Mirrors.find(element, Default.class),
          null,
          Message.INVALID_TYPED_DEFAULT,
          fallback.value(),
          javaName,
          WireValues.typeName(kind));
      return null;
    }
    if (fallback != null && kind == ValueKind.FORMAT && !isFormat(fallback.value())) {
      diagnostics.error(
          element,
          Mirrors.find(element, Default.class),
          null,
          Message.INVALID_FORMAT_DEFAULT,
          fallback.value(),
          javaName);
      return null;
    }
    In in = param.in();
    if (depth > 0
        && !param.namespace().isEmpty()) { // a method parameter's is checked with its place
      if (body != BodyEncoding.SOAP) {
        diagnostics.error(element, Message.NAMESPACE_OUTSIDE_SOAP, wireName, method);
        return null;
      }
      if (!XmlNames.isNamespace(param.namespace())) {
        diagnostics.error(
            element, Message.INVALID_ELEMENT_NAMESPACE, param.namespace(), wireName, method);
        return null;
      }
    }
    if (in == In.SOAP_HEADER && body != BodyEncoding.SOAP) {
      diagnostics.error(element, Message.SOAP_HEADER_NOT_SOAP, javaName, method);
      return null;
    }
    boolean nestable = body != null && (in == In.DEFAULT || in == In.SOAP_HEADER);
    if (kind == ValueKind.RECORD && !nestable) {
      diagnostics.error(element, Message.RECORD_PARAM_NOT_IN_BODY, javaName);
      return null;
    }
    List<ParamModel.EnumConstant> constants =
        kind == ValueKind.ENUM ? enumConstants(Types.element(type)) : List.of();
    List<ParamModel> components =
        kind == ValueKind.RECORD ? components(Types.element(type), body, method, depth) : List.of();
    if (constants == null || components == null) {
      return null;
    }
    return new ParamModel(
        javaName,
        TypeName.get(type),
        kind,
        wireName,
        in,
        secret,
        param.required() && fallback == null && kind.nullable(),
        fallback == null ? null : fallback.value(),
        constants,
        components,
        false,
        param.namespace());
  }

  /**
   * An {@code @Input}: a value that only feeds {@code @Composed} ones, of a type with one plain
   * text.
   */
  private ParamModel input(Element element, TypeMirror type, boolean alsoParam) {
    String javaName = element.getSimpleName().toString();
    if (alsoParam) {
      diagnostics.error(
          element, Mirrors.find(element, Param.class), null, Message.INPUT_WITH_PARAM, javaName);
      return null;
    }
    ValueKind kind = Types.kindOf(type);
    if (kind == null
        || kind == ValueKind.RECORD
        || kind == ValueKind.FORMAT
        || kind == ValueKind.INSTANT) {
      diagnostics.error(element, Message.INPUT_TYPE, javaName, type);
      return null;
    }
    boolean secret = element.getAnnotation(Secret.class) != null || kind.isSecretType();
    if (secret && kind != ValueKind.STRING && !kind.isSecretType()) {
      diagnostics.error(
          element, Mirrors.find(element, Secret.class), null, Message.SECRET_TYPE, javaName, type);
      return null;
    }
    List<ParamModel.EnumConstant> constants =
        kind == ValueKind.ENUM ? enumConstants(Types.element(type)) : List.of();
    if (constants == null) {
      return null;
    }
    return new ParamModel(
        javaName,
        TypeName.get(type),
        kind,
        javaName,
        In.DEFAULT,
        secret,
        kind.nullable(),
        null,
        constants,
        List.of(),
        true,
        "");
  }

  private List<ParamModel.EnumConstant> enumConstants(TypeElement type) {
    List<ParamModel.EnumConstant> out = new ArrayList<>();
    boolean ok = true;
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      WireValue wire = member.getAnnotation(WireValue.class);
      if (wire == null) {
        diagnostics.error(
            member, Message.ENUM_WITHOUT_WIRE_VALUE, type.getSimpleName(), member.getSimpleName());
        ok = false;
      } else {
        out.add(new ParamModel.EnumConstant(member.getSimpleName().toString(), wire.value()));
      }
    }
    return ok ? out : null;
  }

  private static boolean isFormat(String name) {
    for (Format format : Format.values()) {
      if (format.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private List<ParamModel> components(
      TypeElement record, BodyEncoding body, String method, int depth) {
    List<ParamModel> out = new ArrayList<>();
    boolean ok = true;
    enclosing.push(record);
    try {
      for (RecordComponentElement component : record.getRecordComponents()) {
        ParamModel model = parse(component, component.asType(), body, method, depth + 1);
        if (model == null) {
          ok = false;
        } else {
          out.add(model);
        }
      }
    } finally {
      enclosing.pop();
    }
    return ok ? out : null;
  }
}
