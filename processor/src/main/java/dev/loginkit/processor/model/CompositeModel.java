package dev.loginkit.processor.model;

import dev.loginkit.annotations.In;
import dev.loginkit.annotations.ValueEncoding;
import java.util.List;

/**
 * A {@code @Composed} wire value: fixed text and {@code @Input} parameters, encoded, after a
 * prefix.
 *
 * @param name wire name
 * @param in where it travels
 * @param parts the filled template, in order
 * @param encoding how the filled template is encoded
 * @param prefix text before the encoded value
 * @param secret whether any input is secret
 */
public record CompositeModel(
    String name, In in, List<Part> parts, ValueEncoding encoding, String prefix, boolean secret) {
  public CompositeModel {
    parts = List.copyOf(parts);
  }

  /**
   * Literal text, or an input.
   *
   * @param text the text, or {@code null} for an input
   * @param input the input parameter's Java name, or {@code null} for text
   */
  public record Part(String text, String input) {}
}
