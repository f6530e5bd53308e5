package dev.loginkit.processor.model;

import com.palantir.javapoet.ClassName;
import dev.loginkit.annotations.Format;
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
 * @param expiry how later responses say the session is gone
 */
public record LoginApiModel(
    TypeElement element,
    ClassName api,
    ClassName client,
    String baseUrl,
    List<OperationModel> operations,
    ExpiryModel expiry) {

  /**
   * {@code @SessionExpiry} (or its defaults: HTTP 401).
   *
   * @param statuses statuses meaning expiry
   * @param path a body path meaning expiry ("" for none)
   * @param values values at the path
   * @param format the syntax of later responses
   */
  public record ExpiryModel(
      List<Integer> statuses, String path, List<String> values, Format format) {}

  public LoginApiModel {
    operations = List.copyOf(operations);
  }
}
