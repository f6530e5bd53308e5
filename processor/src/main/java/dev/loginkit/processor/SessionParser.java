package dev.loginkit.processor;

import com.palantir.javapoet.TypeName;
import dev.loginkit.annotations.Attach;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.Secret;
import dev.loginkit.processor.model.FieldModel;
import dev.loginkit.processor.model.SessionModel;
import dev.loginkit.processor.model.ValueKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** Reads a session record into a {@link SessionModel}. */
final class SessionParser {
  private static final int MAX_DEPTH = 8;

  private final Diagnostics diagnostics;

  /** The records being read, outermost first: a record inside itself is refused. */
  private final Deque<TypeElement> enclosing = new ArrayDeque<>();

  SessionParser(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The model of record {@code type}, or {@code null} after reporting why there is none. */
  SessionModel parse(TypeMirror type, String pathPrefix, int depth) {
    TypeElement record = Types.element(type);
    List<FieldModel> fields = new ArrayList<>();
    boolean ok = true;
    enclosing.push(record);
    try {
      for (RecordComponentElement component : record.getRecordComponents()) {
        FieldModel field = field(component, pathPrefix, depth);
        if (field == null) {
          ok = false;
        } else {
          fields.add(field);
        }
      }
    } finally {
      enclosing.pop();
    }
    return ok ? new SessionModel(TypeName.get(type), fields) : null;
  }

  static boolean isRecord(TypeMirror type) {
    TypeElement element = Types.element(type);
    return element != null && element.getKind() == ElementKind.RECORD;
  }

  private FieldModel field(RecordComponentElement component, String pathPrefix, int depth) {
    String name = component.getSimpleName().toString();
    Field field = component.getAnnotation(Field.class);
    if (field == null) {
      diagnostics.error(component, Message.FIELD_WITHOUT_MAPPING, name);
      return null;
    }
    TypeMirror type = component.asType();
    ValueKind kind = Types.kindOf(type);
    if (kind == null
        || kind == ValueKind.ENUM
        || kind == ValueKind.FORMAT
        || (kind == ValueKind.RECORD
            && (depth >= MAX_DEPTH || enclosing.contains(Types.element(type))))) {
      diagnostics.error(component, Message.UNSUPPORTED_FIELD_TYPE, name, type);
      return null;
    }
    if (kind == ValueKind.RECORD && Types.isPrivate(Types.element(type))) {
      diagnostics.error(component, Message.PRIVATE_TYPE, Types.nestedName(Types.element(type)));
      return null;
    }
    if (component.getAnnotation(Secret.class) != null && !kind.isSecretType()) {
      diagnostics.error(
          component,
          Mirrors.find(component, Secret.class),
          null,
          Message.SECRET_FIELD_TYPE,
          name,
          type);
      return null;
    }
    if (kind == ValueKind.RECORD && field.from() != From.BODY) {
      diagnostics.error(
          component,
          Message.NESTED_FIELD_NOT_IN_BODY,
          name,
          field.from().name().toLowerCase(java.util.Locale.ROOT));
      return null;
    }
    String where = field.value();
    if (field.from() == From.BODY) {
      if (!Syntax.isBodyPath(where)) {
        var mirror = Mirrors.find(component, Field.class);
        diagnostics.error(
            component, mirror, Mirrors.value(mirror, "value"), Message.INVALID_BODY_PATH, where);
        return null;
      }
      where = pathPrefix.isEmpty() ? where : pathPrefix + "/" + where;
    }
    SessionModel nested = null;
    if (kind == ValueKind.RECORD) {
      nested = parse(type, where, depth + 1);
      if (nested == null) {
        return null;
      }
    }
    return new FieldModel(
        name, kind, field.from(), where, field.optional(), nested, attach(component, kind, depth));
  }

  /**
   * The component's {@code @Attach}, checked: a top-level scalar, sent in a query, header or
   * cookie.
   */
  private FieldModel.AttachModel attach(
      RecordComponentElement component, ValueKind kind, int depth) {
    Attach attach = component.getAnnotation(Attach.class);
    if (attach == null) {
      return null;
    }
    if (depth > 0 || kind == ValueKind.RECORD) {
      diagnostics.error(
          component,
          Mirrors.find(component, Attach.class),
          null,
          Message.ATTACH_NOT_TOP_LEVEL,
          component.getSimpleName());
      return null;
    }
    if (attach.in() == In.SOAP_HEADER) {
      var mirror = Mirrors.find(component, Attach.class);
      diagnostics.error(
          component,
          mirror,
          Mirrors.value(mirror, "in"),
          Message.ATTACH_PLACE,
          component.getSimpleName(),
          attach.in());
      return null;
    }
    return new FieldModel.AttachModel(attach.value(), attach.in(), attach.prefix());
  }
}
