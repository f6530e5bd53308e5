package dev.loginkit.processor;

import dev.loginkit.processor.model.ValueKind;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Which {@link ValueKind} a Java type is, if any. */
final class Types {
  static final String SECRET = "dev.loginkit.Secret";
  static final String LOGIN_RESULT = "dev.loginkit.LoginResult";
  static final String FORMAT = "dev.loginkit.annotations.Format";

  private Types() {}

  /** The kind of {@code type}, or {@code null} when LoginKit cannot convert it. */
  static ValueKind kindOf(TypeMirror type) {
    switch (type.getKind()) {
      case INT:
        return ValueKind.INT;
      case LONG:
        return ValueKind.LONG;
      case BOOLEAN:
        return ValueKind.BOOLEAN;
      case DOUBLE:
        return ValueKind.DOUBLE;
      case DECLARED:
        break;
      default:
        return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    switch (element.getQualifiedName().toString()) {
      case "java.lang.String":
        return ValueKind.STRING;
      case SECRET:
        return ValueKind.SECRET;
      case FORMAT:
        return ValueKind.FORMAT;
      case "java.time.Instant":
        return ValueKind.INSTANT;
      case "java.lang.Integer":
        return ValueKind.BOXED_INT;
      case "java.lang.Long":
        return ValueKind.BOXED_LONG;
      case "java.lang.Boolean":
        return ValueKind.BOXED_BOOLEAN;
      case "java.lang.Double":
        return ValueKind.BOXED_DOUBLE;
      default:
        break;
    }
    if (element.getKind() == ElementKind.ENUM) {
      return ValueKind.ENUM;
    }
    if (element.getKind() == ElementKind.RECORD && element.getTypeParameters().isEmpty()) {
      return ValueKind.RECORD;
    }
    return null;
  }

  static TypeElement element(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) type).asElement() : null;
  }

  /** Whether {@code type} or any of its type arguments is not yet resolved (e.g. generated later). */
  static boolean hasErrors(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
        if (hasErrors(arg)) {
          return true;
        }
      }
    }
    return false;
  }
}
