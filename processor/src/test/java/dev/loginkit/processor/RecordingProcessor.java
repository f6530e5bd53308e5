package dev.loginkit.processor;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Runs a processor unchanged but hands it a {@link Filer} that records every source file it
 * creates, with the originating elements it declares, before passing the call on to javac's own.
 * Unlike {@code Compilation.generatedSourceFiles()}, the record is also there when compilation
 * failed.
 */
final class RecordingProcessor implements Processor {
  private final Processor delegate;
  private final Map<String, List<Element>> sources = new LinkedHashMap<>();

  RecordingProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  /** Qualified name of each source file created → its originating elements, in creation order. */
  Map<String, List<Element>> sources() {
    return sources;
  }

  @Override
  public void init(ProcessingEnvironment env) {
    Filer recording = new RecordingFiler(env.getFiler());
    ProcessingEnvironment wrapped =
        (ProcessingEnvironment)
            Proxy.newProxyInstance(
                ProcessingEnvironment.class.getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getFiler") && method.getParameterCount() == 0) {
                    return recording;
                  }
                  try {
                    return method.invoke(env, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    delegate.init(wrapped);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }

  private final class RecordingFiler implements Filer {
    private final Filer filer;

    RecordingFiler(Filer filer) {
      this.filer = filer;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      // Recorded once javac's Filer accepted it: a refused file (say, of a name already taken) was
      // not created.
      JavaFileObject file = filer.createSourceFile(name, originatingElements);
      sources.put(name.toString(), List.of(originatingElements));
      return file;
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      throw new AssertionError("the processor writes sources only, not class " + name);
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location,
        CharSequence moduleAndPkg,
        CharSequence relativeName,
        Element... originatingElements)
        throws IOException {
      throw new AssertionError("the processor writes sources only, not resource " + relativeName);
    }

    @Override
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, moduleAndPkg, relativeName);
    }
  }
}
