package dev.loginkit.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Replaces every secret of one call by {@code ***} in any text about to leave LoginKit (messages,
 * body excerpts, URLs), in each spelling it could take on the wire: raw, URL- and form-encoded,
 * JSON- and XML-escaped, Base64.
 */
final class Redactor {
  static final String MASK = "***";
  private static final Redactor NONE = new Redactor(List.of());

  private final List<String> needles;

  private Redactor(List<String> needles) {
    this.needles = needles;
  }

  static Redactor forSecrets(Params params) {
    List<String> secrets = new ArrayList<>();
    params.collectSecrets(secrets);
    if (secrets.isEmpty()) {
      return NONE;
    }
    Set<String> spellings = new LinkedHashSet<>();
    for (String secret : secrets) {
      if (secret.isEmpty()) {
        continue;
      }
      spellings.add(secret);
      String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
      spellings.add(form);
      spellings.add(form.replace("+", "%20"));
      spellings.add(jsonEscaped(secret));
      spellings.add(xmlEscaped(secret));
      spellings.add(secret.replace("&", "&amp;").replace("<", "&lt;")); // the minimum XML writers escape
      spellings.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    }
    List<String> ordered = new ArrayList<>(spellings);
    // Longest first, so that a spelling containing another is replaced whole.
    ordered.sort((a, b) -> b.length() - a.length());
    return new Redactor(ordered);
  }

  String redact(String text) {
    if (text == null || needles.isEmpty()) {
      return text;
    }
    String out = text;
    for (String needle : needles) {
      if (out.contains(needle)) {
        out = out.replace(needle, MASK);
      }
    }
    return out;
  }

  /** The URL with every secret query value masked; for messages only. */
  String url(HttpUrl url) {
    return redact(url.toString());
  }

  /** At most {@code max} characters of {@code text} on one line, redacted. */
  String excerpt(String text, int max) {
    String redacted = redact(text);
    String oneLine = redacted.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
  }

  private static String jsonEscaped(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static String xmlEscaped(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&apos;");
  }
}
