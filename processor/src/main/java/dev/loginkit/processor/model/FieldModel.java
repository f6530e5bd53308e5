package dev.loginkit.processor.model;

import dev.loginkit.annotations.From;
import dev.loginkit.annotations.In;

/**
 * One session record component and where its value is read.
 *
 * @param component the component name
 * @param kind how wire text converts to it
 * @param from body, header or cookie
 * @param name the full body path (prefixed by enclosing records' paths), header or cookie name
 * @param optional whether it may be missing
 * @param nested for {@link ValueKind#RECORD}: the nested record
 * @param attach how the value travels on later requests ({@code @Attach}), or {@code null}
 */
public record FieldModel(
    String component,
    ValueKind kind,
    From from,
    String name,
    boolean optional,
    SessionModel nested,
    AttachModel attach) {

  /**
   * {@code @Attach} of a session component.
   *
   * @param name wire name on later requests
   * @param in query, header or cookie
   * @param prefix text before the value
   */
  public record AttachModel(String name, In in, String prefix) {}
}
