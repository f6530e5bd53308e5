package dev.loginkit.processor;

import com.google.auto.service.AutoService;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.processor.model.LoginApiModel;
import java.io.IOException;
import java.lang.annotation.AnnotationTypeMismatchException;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Entry point: finds {@code @LoginApi} interfaces, parses each into a model, and writes its client.
 * Orchestrates only; never throws; interfaces that refer to types or constants generated later are
 * retried in the next round.
 */
@AutoService(Processor.class)
public final class LoginApiProcessor extends AbstractProcessor {
  /** Interfaces waiting for a later round, by qualified name (elements do not survive rounds). */
  private final Set<String> deferred = new LinkedHashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(LoginApi.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<TypeElement> todo = new LinkedHashSet<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        todo.add(type);
      }
    }
    deferred.clear();
    for (Element element : round.getElementsAnnotatedWith(LoginApi.class)) {
      todo.add((TypeElement) element);
    }
    for (TypeElement type : todo) {
      TypeMirror unresolved = LoginApiParser.unresolvedType(type);
      if (unresolved != null) {
        later(type, unresolved, round);
      } else {
        processSafely(type, round);
      }
    }
    return false;
  }

  /**
   * Retries {@code type} in the next round, where what it refers to may have been generated; after
   * the last round says why no client is written (javac reports the unresolved name itself).
   */
  private void later(TypeElement type, Object unresolved, RoundEnvironment round) {
    if (round.processingOver()) {
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR,
              Message.UNRESOLVED_REFERENCE.format(type.getSimpleName(), unresolved, unresolved),
              type);
    } else {
      deferred.add(type.getQualifiedName().toString());
    }
  }

  private void processSafely(TypeElement type, RoundEnvironment round) {
    try {
      Diagnostics diagnostics = new Diagnostics();
      LoginApiModel model = new LoginApiParser(diagnostics, processingEnv.getElementUtils(), processingEnv.getFiler()).parse(type);
      diagnostics.printTo(processingEnv.getMessager());
      if (model != null) {
        boolean generated =
            processingEnv.getElementUtils().getTypeElement(RuntimeTypes.GENERATED.canonicalName()) != null;
        try {
          new ClientWriter(model, generated).write().writeTo(processingEnv.getFiler());
        } catch (FilerException e) {
          // A type of the client's name exists in this compilation: the user's, or another
          // interface's client (Outer.Inner and Outer_Inner both map to Outer_InnerClient).
          processingEnv
              .getMessager()
              .printMessage(
                  Diagnostic.Kind.ERROR,
                  Message.CLIENT_NAME_TAKEN.format(type.getSimpleName(), model.client().simpleName()),
                  type);
        }
      }
    } catch (AnnotationTypeMismatchException e) {
      // javac hands over an annotation value it could not resolve (a constant not imported, or not
      // generated yet) as a value of the wrong type. Nothing was printed or written yet.
      later(type, e.foundType(), round);
    } catch (IOException | RuntimeException e) {
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR,
              Message.INTERNAL_ERROR.format(type.getQualifiedName(), e),
              type);
    }
  }
}
