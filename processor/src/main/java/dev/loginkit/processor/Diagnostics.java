package dev.loginkit.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic;

/**
 * Every problem found in one interface, collected before any is printed, so that one compile shows
 * them all and generation is skipped only for interfaces that have errors.
 */
final class Diagnostics {
  private record Entry(
      Diagnostic.Kind kind,
      String text,
      Element element,
      AnnotationMirror mirror,
      AnnotationValue value) {}

  private final List<Entry> entries = new ArrayList<>();
  private boolean hasErrors;

  void error(
      Element element,
      AnnotationMirror mirror,
      AnnotationValue value,
      Message message,
      Object... args) {
    entries.add(new Entry(Diagnostic.Kind.ERROR, message.format(args), element, mirror, value));
    hasErrors = true;
  }

  void error(Element element, Message message, Object... args) {
    error(element, null, null, message, args);
  }

  void warning(
      Element element,
      AnnotationMirror mirror,
      AnnotationValue value,
      Message message,
      Object... args) {
    entries.add(new Entry(Diagnostic.Kind.WARNING, message.format(args), element, mirror, value));
  }

  /** How many errors have been reported so far. */
  int errorCount() {
    int count = 0;
    for (Entry e : entries) {
      if (e.kind == Diagnostic.Kind.ERROR) {
        count++;
      }
    }
    return count;
  }

  boolean isClean() {
    return !hasErrors;
  }

  void printTo(Messager messager) {
    for (Entry e : entries) {
      Element field = backingField(e.element);
      if (field != null) {
        // javac 17 gives record components no source position (the message would name no file);
        // their implicit field has the component's position. The mirror is the component's, so drop
        // it.
        messager.printMessage(e.kind, e.text, field);
      } else if (e.value != null) {
        messager.printMessage(e.kind, e.text, e.element, e.mirror, e.value);
      } else if (e.mirror != null) {
        messager.printMessage(e.kind, e.text, e.element, e.mirror);
      } else {
        messager.printMessage(e.kind, e.text, e.element);
      }
    }
  }

  /**
   * The private field of record component {@code element}, or {@code null} for any other element.
   */
  private static Element backingField(Element element) {
    if (element.getKind() != ElementKind.RECORD_COMPONENT) {
      return null;
    }
    for (Element member : element.getEnclosingElement().getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && member.getSimpleName().equals(element.getSimpleName())) {
        return member;
      }
    }
    return null;
  }
}
