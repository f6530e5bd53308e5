package dev.loginkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.HttpUrl;

/**
 * Replaces every secret of one call by {@code ***} in any text about to leave LoginKit (messages,
 * body excerpts, URLs), in each spelling it could take on the wire: raw, URL- and form-encoded,
 * JSON- and XML-escaped, Base64. The spellings LoginKit's own encoders put on the wire (OkHttp's
 * query and form encoding, jackson-core's escaping, {@link XmlText}'s) are computed with those very
 * encoders; common variants other servers echo (lower-case percent-encoding, {@code \/}, ASCII-only
 * JSON, numeric XML character references, unpadded and URL-safe Base64) are added. The spellings
 * are computed on the first redaction, not before.
 */
final class Redactor {
  static final String MASK = "***";
  private static final JsonFactory JSON = new JsonFactory();
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern PERCENT = Pattern.compile("%[0-9A-F]{2}");
  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u[0-9a-fA-F]{4}");
  private static final Spellings NO_SECRETS = new Spellings(List.of(), List.of());

  /** The call's parameters, read once, on the first redaction. */
  private final Params params;

  /**
   * Computed from {@link #params} on first use; immutable, so a racing second computation is
   * harmless.
   */
  private volatile Spellings spellings;

  private Redactor(Params params) {
    this.params = params;
  }

  /**
   * The redactor for the secrets of {@code params}. Costs nothing until the first {@link #redact}
   * (a successful login usually has nothing to redact); {@code params} must not change afterwards.
   * Safe to share between threads.
   */
  static Redactor forSecrets(Params params) {
    return new Redactor(params);
  }

  private Spellings spellings() {
    Spellings known = spellings;
    if (known == null) {
      known = Spellings.of(params);
      spellings = known;
    }
    return known;
  }

  /** Every spelling of the call's secrets, longest first, and the secrets themselves. */
  private static final class Spellings {
    final List<String> needles;

    /** The secrets themselves, searched for in the text with its escapes decoded. */
    final List<String> secrets;

    private Spellings(List<String> needles, List<String> secrets) {
      this.needles = needles;
      this.secrets = secrets;
    }

    static Spellings of(Params params) {
      List<String> secrets = new ArrayList<>();
      params.collectSecrets(secrets);
      if (secrets.isEmpty()) {
        return NO_SECRETS;
      }
      Set<String> spellings = new LinkedHashSet<>();
      for (String secret : secrets) {
        if (!secret.isEmpty()) {
          addSpellings(spellings, secret);
        }
      }
      spellings.remove(null);
      spellings.remove("");
      List<String> ordered = new ArrayList<>(spellings);
      // Longest first, so that a spelling containing another is replaced whole.
      ordered.sort((a, b) -> b.length() - a.length());
      List<String> raw = new ArrayList<>(new LinkedHashSet<>(secrets));
      raw.removeIf(String::isEmpty);
      return new Spellings(ordered, raw);
    }
  }

  private static void addSpellings(Set<String> spellings, String secret) {
    spellings.add(secret);
    String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    addPercentEncoded(spellings, form);
    addPercentEncoded(spellings, form.replace("+", "%20"));
    addPercentEncoded(spellings, okHttpQuery(secret));
    addPercentEncoded(spellings, okHttpForm(secret));
    String json = jsonEscaped(secret);
    spellings.add(json);
    spellings.add(upperCaseUnicodeEscapes(json));
    spellings.add(json.replace("/", "\\/"));
    String asciiJson = asciiOnly(json);
    spellings.add(asciiJson);
    spellings.add(upperCaseUnicodeEscapes(asciiJson));
    spellings.add(jacksonEscaped(secret));
    spellings.add(xmlEscaped(secret));
    spellings.add(
        secret.replace("&", "&amp;").replace("<", "&lt;")); // the minimum XML writers escape
    spellings.add(xmlCharacterReferences(secret, false));
    spellings.add(xmlCharacterReferences(secret, true));
    spellings.add(xmlBodyEscaped(secret));
    byte[] utf8 = secret.getBytes(StandardCharsets.UTF_8);
    String base64 = Base64.getEncoder().encodeToString(utf8);
    spellings.add(base64);
    spellings.add(Base64.getEncoder().withoutPadding().encodeToString(utf8));
    spellings.add(Base64.getUrlEncoder().withoutPadding().encodeToString(utf8));
  }

  String redact(String text) {
    if (text == null) {
      return text;
    }
    Spellings known = spellings();
    if (known.needles.isEmpty()) {
      return text;
    }
    String out = text;
    for (String needle : known.needles) {
      if (out.contains(needle)) {
        out = out.replace(needle, MASK);
      }
    }
    // Any mix of escapes no list can enumerate (a server escaping only some characters, HTML's
    // &#39;, percent-encoded UTF-8 next to raw text): decode them, find the secret, mask the span.
    // Each family alone (a JSON string may hold a literal "%0D"), then all together.
    boolean entities = out.indexOf('&') >= 0;
    boolean backslashes = out.indexOf('\\') >= 0;
    boolean percents = out.indexOf('%') >= 0;
    List<String> secrets = known.secrets;
    if (entities) {
      out = maskDecoded(out, secrets, ENTITIES);
    }
    if (backslashes) {
      out = maskDecoded(out, secrets, BACKSLASHES);
    }
    if (percents) {
      out = maskDecoded(out, secrets, PERCENTS);
    }
    if (out.indexOf('+') >= 0) {
      out = maskDecoded(out, secrets, PERCENTS | PLUS_IS_SPACE);
    }
    if ((entities ? 1 : 0) + (backslashes ? 1 : 0) + (percents ? 1 : 0) > 1) {
      out = maskDecoded(out, secrets, ENTITIES | BACKSLASHES | PERCENTS);
    }
    return out;
  }

  /**
   * Decodes the families in {@code decode} (XML/HTML character references, JSON backslash escapes,
   * percent-encoded UTF-8, {@code +} as a space), keeping for every decoded character the span of
   * text it came from; every span that decodes to a secret is masked.
   */
  private static final int ENTITIES = 1;

  private static final int BACKSLASHES = 2;
  private static final int PERCENTS = 4;
  private static final int PLUS_IS_SPACE = 8;

  private static String maskDecoded(String text, List<String> secrets, int decode) {
    boolean plusIsSpace = (decode & PLUS_IS_SPACE) != 0;
    int n = text.length();
    StringBuilder decoded = new StringBuilder(n);
    int[] from = new int[n + 1];
    int[] to = new int[n + 1];
    int i = 0;
    while (i < n) {
      int start = i;
      int cp = -1;
      int end = i + 1;
      char c = text.charAt(i);
      if (c == '&' && (decode & ENTITIES) != 0) {
        int semi = text.indexOf(';', i);
        if (semi > i && semi - i <= 10) {
          cp = entity(text.substring(i + 1, semi));
          if (cp >= 0) {
            end = semi + 1;
          }
        }
      } else if (c == '\\' && i + 1 < n && (decode & BACKSLASHES) != 0) {
        char e = text.charAt(i + 1);
        switch (e) {
          case '"', '\\', '/', '\'' -> cp = e;
          case 'b' -> cp = '\b';
          case 'f' -> cp = '\f';
          case 'n' -> cp = '\n';
          case 'r' -> cp = '\r';
          case 't' -> cp = '\t';
          case 'u' -> cp = i + 6 <= n ? hex(text, i + 2, i + 6) : -1;
          default -> cp = -1;
        }
        if (cp >= 0) {
          end = e == 'u' ? i + 6 : i + 2;
        }
      } else if (c == '%' && (decode & PERCENTS) != 0) {
        int lead = i + 3 <= n ? hex(text, i + 1, i + 3) : -1;
        if (lead >= 0) {
          int len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
          cp = lead;
          end = i + 3;
          if (len > 1) {
            int value = lead & (0xFF >> (len + 1));
            boolean ok = i + 3 * len <= n;
            for (int k = 1; ok && k < len; k++) {
              int b = text.charAt(i + 3 * k) == '%' ? hex(text, i + 3 * k + 1, i + 3 * k + 3) : -1;
              ok = b >= 0x80 && b < 0xC0;
              value = (value << 6) | (b & 0x3F);
            }
            if (ok && Character.isValidCodePoint(value)) {
              cp = value;
              end = i + 3 * len;
            }
          }
        }
      } else if (c == '+' && plusIsSpace) {
        cp = ' ';
      }
      if (cp < 0) {
        cp = c;
        end = i + 1;
      }
      for (char d : Character.toChars(cp)) {
        from[decoded.length()] = start;
        to[decoded.length()] = end;
        decoded.append(d);
      }
      i = end;
    }
    String plain = decoded.toString();
    boolean[] masked = null;
    for (String secret : secrets) {
      for (int at = plain.indexOf(secret); at >= 0; at = plain.indexOf(secret, at + 1)) {
        if (masked == null) {
          masked = new boolean[n];
        }
        for (int k = from[at]; k < to[at + secret.length() - 1]; k++) {
          masked[k] = true;
        }
      }
    }
    if (masked == null) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      if (!masked[k]) {
        out.append(text.charAt(k));
      } else if (k == 0 || !masked[k - 1]) {
        out.append(MASK);
      }
    }
    return out.toString();
  }

  /** The code point of {@code amp}, {@code #39}, {@code #x27}, …, or -1. */
  private static int entity(String name) {
    switch (name) {
      case "amp":
        return '&';
      case "lt":
        return '<';
      case "gt":
        return '>';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      default:
        break;
    }
    try {
      int cp = -1;
      if (name.startsWith("#x") || name.startsWith("#X")) {
        cp = Integer.parseInt(name.substring(2), 16);
      } else if (name.startsWith("#")) {
        cp = Integer.parseInt(name.substring(1));
      }
      return Character.isValidCodePoint(cp) ? cp : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The hexadecimal number in {@code text[from, to)}, or -1. */
  private static int hex(String text, int from, int to) {
    int value = 0;
    for (int k = from; k < to; k++) {
      int digit = Character.digit(text.charAt(k), 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  /** The URL with every secret query value masked; for messages only. */
  String url(HttpUrl url) {
    return redact(url.toString());
  }

  /**
   * At most {@code max} characters of {@code text} on one line, redacted (before cutting, so no
   * secret is cut in half), other control characters shown as {@code ?} (no terminal escapes or
   * forged log lines from a server).
   */
  String excerpt(String text, int max) {
    String oneLine = WHITESPACE.matcher(redact(text)).replaceAll(" ").trim();
    StringBuilder safe = new StringBuilder(oneLine);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        safe.setCharAt(i, '?');
      }
    }
    // Again after joining lines and replacing controls: "pass\nword" echoed for the secret
    // "pass word" must not become it.
    String clean = redact(safe.toString());
    if (clean.length() <= max) {
      return clean;
    }
    int cut = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
    return clean.substring(0, cut) + "…";
  }

  private static void addPercentEncoded(Set<String> spellings, String encoded) {
    if (encoded == null) {
      return;
    }
    spellings.add(encoded);
    Matcher m = PERCENT.matcher(encoded);
    StringBuilder lower = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(lower, m.group().toLowerCase(Locale.ROOT));
    }
    m.appendTail(lower);
    spellings.add(lower.toString());
  }

  /**
   * The value as OkHttp writes it into a query string ({@code HttpUrl.Builder.addQueryParameter}).
   */
  private static String okHttpQuery(String secret) {
    try {
      String query =
          new HttpUrl.Builder()
              .scheme("http")
              .host("h")
              .addQueryParameter("q", secret)
              .build()
              .encodedQuery();
      return query == null ? null : query.substring(2);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The value as OkHttp writes it into a form body ({@code FormBody.Builder.add}). */
  private static String okHttpForm(String secret) {
    try {
      return new FormBody.Builder().add("f", secret).build().encodedValue(0);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The value as jackson-core's UTF-8 generator (the one RequestEncoder uses) writes it in a JSON
   * string.
   */
  private static String jacksonEscaped(String secret) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (JsonGenerator gen = JSON.createGenerator(out)) {
      gen.writeString(secret);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    String quoted = out.toString(StandardCharsets.UTF_8);
    return quoted.length() < 2 ? null : quoted.substring(1, quoted.length() - 1);
  }

  /** The value as {@link XmlBodies} writes it in a SOAP or XML-RPC body. */
  private static String xmlBodyEscaped(String secret) {
    okio.Buffer out = new okio.Buffer();
    try {
      XmlText.text(out, secret);
    } catch (IllegalStateException e) {
      return null; // refused before sending: never on the wire
    }
    return out.readUtf8();
  }

  private static String upperCaseUnicodeEscapes(String json) {
    Matcher m = UNICODE_ESCAPE.matcher(json);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement("\\u" + m.group().substring(2).toUpperCase(Locale.ROOT)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** JSON with every non-ASCII character as {@code \\uXXXX} (Python's and PHP's default). */
  private static String asciiOnly(String json) {
    StringBuilder out = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /** Markup escaped, and every non-ASCII character as a decimal or hexadecimal reference. */
  private static String xmlCharacterReferences(String secret, boolean hex) {
    String escaped = xmlEscaped(secret);
    StringBuilder out = new StringBuilder(escaped.length());
    for (int i = 0; i < escaped.length(); ) {
      int cp = escaped.codePointAt(i);
      if (cp < 0x80) {
        out.append((char) cp);
      } else {
        out.append(hex ? "&#x" + Integer.toHexString(cp).toUpperCase(Locale.ROOT) : "&#" + cp)
            .append(';');
      }
      i += Character.charCount(cp);
    }
    return out.toString();
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
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
