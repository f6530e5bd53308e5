package dev.loginkit.processor.model;

import com.palantir.javapoet.TypeName;
import dev.loginkit.annotations.In;
import java.util.List;

/**
 * A value sent on the wire: a method parameter, or a component of a record parameter.
 *
 * @param javaName the parameter or component name
 * @param type its Java type
 * @param kind how it converts to wire text
 * @param wireName its name on the wire
 * @param in where it travels
 * @param secret whether it is a credential
 * @param required whether {@code null} is refused
 * @param defaultValue the wire value sent for {@code null}, or {@code null}
 * @param enumValues for {@link ValueKind#ENUM}: constant name → wire value, in declaration order
 * @param components for {@link ValueKind#RECORD}: the record's components
 * @param input whether it only feeds {@code @Composed} values ({@code @Input}) and is not sent
 *     itself
 * @param namespace the SOAP element's own namespace, or empty
 */
public record ParamModel(
    String javaName,
    TypeName type,
    ValueKind kind,
    String wireName,
    In in,
    boolean secret,
    boolean required,
    String defaultValue,
    List<EnumConstant> enumValues,
    List<ParamModel> components,
    boolean input,
    String namespace) {
  public ParamModel {
    enumValues = List.copyOf(enumValues);
    components = List.copyOf(components);
  }

  /**
   * One enum constant and its wire spelling.
   *
   * @param constant the Java constant name
   * @param wire the wire value
   */
  public record EnumConstant(String constant, String wire) {}
}
