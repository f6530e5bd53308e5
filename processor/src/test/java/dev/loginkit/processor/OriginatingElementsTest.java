package dev.loginkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * Each client is written with exactly one originating element, its interface, so that incremental
 * builds (Gradle, IDEs) regenerate and delete it together with that interface only.
 *
 * <p>The processor runs unchanged behind a {@link RecordingProcessor}, whose {@code Filer} records
 * the originating elements passed to {@code createSourceFile} (which is what JavaPoet's {@code
 * JavaFile.writeTo(Filer)} does with {@code TypeSpec.originatingElements()}).
 */
class OriginatingElementsTest {

  @Test
  void eachClientOriginatesFromItsInterfaceOnly() {
    RecordingProcessor recorder = new RecordingProcessor(new LoginApiProcessor());
    Compilation compilation =
        Inputs.compile(
            recorder,
            Inputs.good("FormLogin"),
            Inputs.good("MultipartLogin"),
            Inputs.good("Outer"));
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, List<Element>> sources = recorder.sources();
    assertEquals(
        List.of("test.FormLoginClient", "test.MultipartLoginClient", "test.Outer_InnerLoginClient"),
        List.copyOf(sources.keySet()));
    assertOnlyOrigin("test.FormLogin", sources.get("test.FormLoginClient"));
    assertOnlyOrigin("test.MultipartLogin", sources.get("test.MultipartLoginClient"));
    // The nested interface, not the class around it.
    assertOnlyOrigin("test.Outer.InnerLogin", sources.get("test.Outer_InnerLoginClient"));
  }

  @Test
  void twoInterfacesInOneCompilationEachGetTheirOwnClient() {
    Compilation compilation =
        Inputs.compile(Inputs.good("FormLogin"), Inputs.good("MultipartLogin"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(2, compilation.generatedSourceFiles().size());

    String form = Inputs.generatedText(compilation, "FormLoginClient");
    String multipart = Inputs.generatedText(compilation, "MultipartLoginClient");
    assertTrue(form.contains("{@link FormLogin}"), form);
    assertTrue(form.contains("final class FormLoginClient implements FormLogin {"), form);
    assertFalse(form.contains("MultipartLogin"), form);
    assertTrue(multipart.contains("{@link MultipartLogin}"), multipart);
    assertTrue(
        multipart.contains("final class MultipartLoginClient implements MultipartLogin {"),
        multipart);
    assertFalse(multipart.contains("FormLogin"), multipart);
  }

  private static void assertOnlyOrigin(String interfaceName, List<Element> origins) {
    assertEquals(1, origins.size(), () -> "originating elements: " + origins);
    Element origin = origins.get(0);
    assertEquals(ElementKind.INTERFACE, origin.getKind());
    assertEquals(interfaceName, ((TypeElement) origin).getQualifiedName().toString());
  }
}
