package dev.loginkit.processor;

import com.palantir.javapoet.ClassName;
import dev.loginkit.processor.model.ValueKind;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Which {@link ValueKind} a Java type is, if any. */
final class Types {
  static final String SECRET = "dev.loginkit.SecretValue";
  static final String LEGACY_SECRET = "dev.loginkit.Secret";
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
      case LEGACY_SECRET:
        return ValueKind.LEGACY_SECRET;
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
    return type.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) type).asElement()
        : null;
  }

  /**
   * The first part of {@code type} (itself or a type argument) that is not yet resolved (e.g.
   * generated later), or {@code null}.
   */
  static TypeMirror unresolvedPart(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return type;
    }
    if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
        TypeMirror unresolved = unresolvedPart(arg);
        if (unresolved != null) {
          return unresolved;
        }
      }
    }
    return null;
  }

  /** {@code Outer.Inner}: the simple names of {@code type} and the types enclosing it. */
  static String nestedName(TypeElement type) {
    return String.join(".", ClassName.get(type).simpleNames());
  }

  /**
   * Whether code outside {@code type}'s top-level class, such as a generated client, cannot name
   * it: it or a type enclosing it is private.
   */
  static boolean isPrivate(TypeElement type) {
    for (Element e = type;
        e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }
}
