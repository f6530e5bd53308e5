package dev.loginkit.internal;

import dev.loginkit.annotations.FailureReason;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code @OnMessage}: a literal or a pattern over a provider's message, and what it means. */
final class MessageRule {
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  final FailureReason reason;
  private final String literal;
  private final Pattern pattern;
  private final String[] groups;

  private MessageRule(FailureReason reason, String literal, Pattern pattern) {
    this.reason = reason;
    this.literal = literal;
    this.pattern = pattern;
    this.groups = pattern == null ? new String[0] : groupNames(pattern.pattern());
  }

  static MessageRule equalTo(FailureReason reason, String literal) {
    return new MessageRule(reason, literal.trim(), null);
  }

  static MessageRule matching(FailureReason reason, String regex) {
    return new MessageRule(reason, null, Pattern.compile(regex));
  }

  /**
   * The captured named groups if {@code message} matches (empty map for a literal), else {@code
   * null}.
   */
  Map<String, String> match(String message) {
    String trimmed = message.trim();
    if (literal != null) {
      return literal.equals(trimmed) ? Map.of() : null;
    }
    Matcher m = pattern.matcher(trimmed);
    if (!m.matches()) {
      return null;
    }
    Map<String, String> details = new HashMap<>();
    for (String group : groups) {
      String value = m.group(group);
      if (value != null) {
        details.put(group, value);
      }
    }
    return details;
  }

  private static String[] groupNames(String regex) {
    Matcher m = GROUP_NAME.matcher(regex);
    java.util.List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names.toArray(new String[0]);
  }
}
