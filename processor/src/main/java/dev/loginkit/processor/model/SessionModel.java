package dev.loginkit.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A record built from a successful response.
 *
 * @param type the record type
 * @param fields its components, in canonical-constructor order
 */
public record SessionModel(TypeName type, List<FieldModel> fields) {
  public SessionModel {
    fields = List.copyOf(fields);
  }
}
