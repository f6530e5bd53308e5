package dev.loginkit.processor;

import com.google.auto.service.AutoService;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.processor.model.LoginApiModel;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Entry point: finds {@code @LoginApi} interfaces, parses each into a model, and writes its client.
 * Orchestrates only; never throws; interfaces that refer to types generated later are retried in the
 * next round.
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
      if (!round.processingOver() && LoginApiParser.needsLaterRound(type)) {
        deferred.add(type.getQualifiedName().toString());
      } else {
        processSafely(type);
      }
    }
    return false;
  }

  private void processSafely(TypeElement type) {
    try {
      Diagnostics diagnostics = new Diagnostics();
      LoginApiModel model = new LoginApiParser(diagnostics).parse(type);
      diagnostics.printTo(processingEnv.getMessager());
      if (model != null) {
        boolean generated =
            processingEnv.getElementUtils().getTypeElement(RuntimeTypes.GENERATED.canonicalName()) != null;
        new ClientWriter(model, generated).write().writeTo(processingEnv.getFiler());
      }
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
