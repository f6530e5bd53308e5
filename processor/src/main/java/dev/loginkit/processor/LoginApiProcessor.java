package dev.loginkit.processor;

import com.google.auto.service.AutoService;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.processor.model.LoginApiModel;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.AnnotationTypeMismatchException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
  /**
   * Processor option ({@code -Aloginkit.resourceRoots=dir1:dir2}, separated by the platform's path
   * separator): directories in which {@code @Example(resource = …)} files are looked up before the
   * class output, source path and class path. Maven needs none (its resources are copied to the
   * class output before compiling); Gradle's {@code compileJava} does not see {@code
   * src/main/resources}, so Gradle builds pass it, as an absolute path declared as a task input.
   */
  public static final String RESOURCE_ROOTS = "loginkit.resourceRoots";

  /** Created by javac, which finds the processor through {@code META-INF/services}. */
  public LoginApiProcessor() {}

  /** Interfaces waiting for a later round, by qualified name (elements do not survive rounds). */
  private final Set<String> deferred = new LinkedHashSet<>();

  private List<Path> resourceRoots;

  /**
   * LoginKit's annotations, and the two its generated clients carry: all of them are claimed
   * ({@link #process} returns {@code true}), so that a user's {@code -Xlint:all -Werror} build is
   * not failed by javac's "no processor claimed any of these annotations" warning.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        LoginApi.class.getPackageName() + ".*",
        RuntimeTypes.GENERATED_CLIENT.canonicalName(),
        RuntimeTypes.GENERATED.canonicalName());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(RESOURCE_ROOTS);
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
    return true;
  }

  /** The {@link #RESOURCE_ROOTS} option's directories, in order; none when it is not given. */
  private List<Path> resourceRoots() {
    if (resourceRoots == null) {
      List<Path> roots = new ArrayList<>();
      String option = processingEnv.getOptions().get(RESOURCE_ROOTS);
      if (option != null) {
        for (String entry : option.split(Pattern.quote(File.pathSeparator))) {
          if (!entry.isBlank()) {
            roots.add(Path.of(entry.strip()));
          }
        }
      }
      resourceRoots = List.copyOf(roots);
    }
    return resourceRoots;
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
      LoginApiModel model =
          new LoginApiParser(
                  diagnostics,
                  processingEnv.getElementUtils(),
                  processingEnv.getFiler(),
                  resourceRoots())
              .parse(type);
      diagnostics.printTo(processingEnv.getMessager());
      if (model != null) {
        boolean generated =
            processingEnv.getElementUtils().getTypeElement(RuntimeTypes.GENERATED.canonicalName())
                != null;
        try {
          new ClientWriter(model, generated).write().writeTo(processingEnv.getFiler());
        } catch (FilerException e) {
          // A type of the client's name exists in this compilation: the user's, or another
          // interface's client (Outer.Inner and Outer_Inner both map to Outer_InnerClient).
          processingEnv
              .getMessager()
              .printMessage(
                  Diagnostic.Kind.ERROR,
                  Message.CLIENT_NAME_TAKEN.format(
                      type.getSimpleName(), model.client().simpleName()),
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
