package dev.loginkit.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @LoginApi} interface.
 *
 * @param element the interface, the generated file's only originating element
 * @param api the interface's name
 * @param client the generated class's name
 * @param baseUrl the declared base URL
 * @param operations its login methods, in source order
 */
public record LoginApiModel(
    TypeElement element, ClassName api, ClassName client, String baseUrl, List<OperationModel> operations) {
  public LoginApiModel {
    operations = List.copyOf(operations);
  }
}
