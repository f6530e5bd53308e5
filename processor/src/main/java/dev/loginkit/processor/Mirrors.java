package dev.loginkit.processor;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Finds annotation mirrors and their explicitly written values, to point diagnostics at them. */
final class Mirrors {
  private Mirrors() {}

  /**
   * The mirror of {@code annotation} on {@code element} (or of its container, if repeated), or
   * {@code null}.
   */
  static AnnotationMirror find(Element element, Class<?> annotation) {
    String wanted = annotation.getCanonicalName();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name =
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.equals(wanted)) {
        return mirror;
      }
    }
    return null;
  }

  /** The value written for {@code member}, or {@code null} when it was left to its default. */
  static AnnotationValue value(AnnotationMirror mirror, String member) {
    if (mirror == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
