package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The property the redactor exists for: whatever spelling a secret takes on the wire or in a
 * server's echo, it never appears in a redacted text, and the text around it is left as it was.
 * Every spelling is computed here independently of the redactor (the JDK's and OkHttp's encoders,
 * jackson-core, Woodstox, hand-written escapes), for secrets that exercise each encoder's corners.
 */
class RedactorSpellingsTest {
  private static final String BEFORE = "error [";
  private static final String AFTER = "] for alice";

  static List<String> secrets() {
    return List.of(
        "p@ss w+rd&x=1",
        "100% sure?/#",
        "a+b c",
        "<tag attr=\"v\">'q'</tag>",
        "back\\slash\"quote/solidus",
        "tab\tline\nreturn\r",
        "ctl\u0001\u001fend",
        "grüße-€-😀",
        "日本語パスワード",
        "~*!'()-_.",
        "]]>cdata",
        "%41%2B literal",
        "c1\u0085\u2028\u00a0x");
  }

  /** Every spelling, named for the failure message. */
  private static Map<String, String> spellings(String secret) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("raw", secret);
    String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    s.put("URLEncoder", form);
    s.put("URLEncoder, lower-case hex", lowerHex(form));
    s.put("URLEncoder, %20 for space", form.replace("+", "%20"));
    s.put("URLEncoder, %20, lower-case hex", lowerHex(form.replace("+", "%20")));
    String query =
        new HttpUrl.Builder()
            .scheme("http")
            .host("h")
            .addQueryParameter("q", secret)
            .build()
            .encodedQuery()
            .substring(2);
    s.put("OkHttp query", query);
    s.put("OkHttp query, lower-case hex", lowerHex(query));
    String formBody = new FormBody.Builder().add("f", secret).build().encodedValue(0);
    s.put("OkHttp form", formBody);
    s.put("OkHttp form, lower-case hex", lowerHex(formBody));
    s.put("OkHttp URL query, decoded by toString", queryInUrl(secret));
    String json = jackson(secret, false);
    s.put("jackson UTF-8", json);
    s.put("jackson UTF-8, \\/", json.replace("/", "\\/"));
    s.put("jackson writer", jacksonWriter(secret, false));
    String ascii = jackson(secret, true);
    s.put("jackson ASCII-only", ascii);
    s.put("jackson ASCII-only, lower-case \\u", lowerUnicodeEscapes(ascii));
    s.put("jackson ASCII-only, upper-case \\u", upperUnicodeEscapes(ascii));
    s.put(
        "jackson ASCII-only writer, lower-case", lowerUnicodeEscapes(jacksonWriter(secret, true)));
    if (xmlWritable(secret)) {
      s.put("Woodstox text", woodstoxText(secret));
      s.put("Woodstox attribute", woodstoxAttribute(secret));
      s.put("XML minimal", secret.replace("&", "&amp;").replace("<", "&lt;"));
      s.put("XML full", xmlFull(secret));
      s.put("XML decimal references", references(secret, false, false));
      s.put("XML hex references", references(secret, true, false));
      s.put("every character a decimal reference", references(secret, false, true));
      s.put("every character a hex reference", references(secret, true, true));
    }
    byte[] utf8 = secret.getBytes(StandardCharsets.UTF_8);
    s.put("Base64", Base64.getEncoder().encodeToString(utf8));
    s.put("Base64 unpadded", Base64.getEncoder().withoutPadding().encodeToString(utf8));
    s.put("Base64 URL-safe", Base64.getUrlEncoder().withoutPadding().encodeToString(utf8));
    return s;
  }

  @ParameterizedTest
  @MethodSource("secrets")
  void everySpellingIsMaskedAndNothingElse(String secret) {
    Redactor redactor =
        Redactor.forSecrets(new Params().param("user", "alice").secret("password", secret));
    for (Map.Entry<String, String> spelling : spellings(secret).entrySet()) {
      String text = BEFORE + spelling.getValue() + AFTER;
      assertEquals(BEFORE + Redactor.MASK + AFTER, redactor.redact(text), spelling.getKey());
      assertEquals(BEFORE + Redactor.MASK + AFTER, redactor.excerpt(text, 1000), spelling.getKey());
    }
  }

  /** Each spelling alone, twice, at the very start and end of the text. */
  @ParameterizedTest
  @MethodSource("secrets")
  void spellingsAtTheEdgesOfTheTextAreMasked(String secret) {
    Redactor redactor = Redactor.forSecrets(new Params().secret("password", secret));
    for (Map.Entry<String, String> spelling : spellings(secret).entrySet()) {
      String s = spelling.getValue();
      assertEquals(Redactor.MASK, redactor.redact(s), spelling.getKey());
      assertEquals(
          Redactor.MASK + " and " + Redactor.MASK,
          redactor.redact(s + " and " + s),
          spelling.getKey());
    }
  }

  /** The spellings LoginKit's encoders put on the wire and docs/SECURITY.md lists as masked. */
  private static Map<String, String> listedSpellings(String secret) {
    Map<String, String> all = spellings(secret);
    all.remove("jackson writer");
    all.remove("jackson ASCII-only writer, lower-case");
    all.remove("Woodstox attribute");
    all.remove("every character a decimal reference");
    all.remove("every character a hex reference");
    return all;
  }

  /**
   * Whatever stands next to it: a listed spelling is masked even where the characters before or
   * after it would join its first or last character into another escape ({@code \\} before {@code
   * \n}, {@code %} before {@code 41}, {@code &#x4} before {@code 1;}), so that decoding the text no
   * longer yields the secret.
   */
  @ParameterizedTest
  @MethodSource("secrets")
  void listedSpellingsAreMaskedWhateverSurroundsThem(String secret) {
    Redactor redactor =
        Redactor.forSecrets(new Params().param("user", "alice").secret("password", secret));
    List<String> before =
        List.of("", "x", "\\", "%", "%4", "&", "&#", "&#x", "&#x4", "\\u00", "\\u004", "+", "=");
    List<String> after = List.of("", ";", "0", "A", "\\", "%", "&");
    for (Map.Entry<String, String> spelling : listedSpellings(secret).entrySet()) {
      for (String b : before) {
        for (String a : after) {
          String out = redactor.redact(b + spelling.getValue() + a);
          String what = spelling.getKey() + " between '" + b + "' and '" + a + "': " + out;
          assertFalse(out.contains(spelling.getValue()), what);
          assertTrue(out.contains(Redactor.MASK), what);
        }
      }
    }
  }

  /** The secrets cited in that test's comment, whose spellings are unique to one encoder. */
  static List<String> hexLeadingSecrets() {
    return List.of(
        "41 b*",
        "1;<x>",
        "\nabc",
        "\u0001x",
        "ab~c d",
        "4a 'b'",
        "0é",
        "9\u0085",
        "😀é",
        "\u0080x",
        "1;é",
        "1;\u0080",
        "1;\r>");
  }

  @ParameterizedTest
  @MethodSource("hexLeadingSecrets")
  void spellingsStartingLikeAnEscapeAreMaskedWhateverPrecedesThem(String secret) {
    listedSpellingsAreMaskedWhateverSurroundsThem(secret);
  }

  /**
   * A server escaping only some characters, each in a way of its own: every character of the secret
   * spelled at random as itself, a character reference, a JSON escape or percent-encoded UTF-8,
   * within one family or mixing the three.
   */
  @ParameterizedTest
  @MethodSource("secrets")
  void partlyEscapedEchoesAreMasked(String secret) {
    Redactor redactor =
        Redactor.forSecrets(new Params().param("user", "alice").secret("password", secret));
    Random random = new Random(secret.hashCode());
    List<Function<Integer, String>> families = new ArrayList<>();
    families.add(RedactorSpellingsTest::reference);
    families.add(RedactorSpellingsTest::backslash);
    families.add(cp -> percent(cp, random.nextBoolean()));
    for (int round = 0; round < 40; round++) {
      int only = round % 4; // 0-2: one family, 3: all of them
      StringBuilder echo = new StringBuilder();
      secret
          .codePoints()
          .forEach(
              cp -> {
                int family = only < 3 ? only : random.nextInt(3);
                // A character that starts an escape is never left raw where that escape is decoded:
                // "%41"
                // raw is not the secret's "%41" but an "A".
                boolean introducer = only < 3 ? cp == "&\\%".charAt(only) : "&\\%".indexOf(cp) >= 0;
                if (!introducer && random.nextInt(3) == 0) {
                  echo.appendCodePoint(cp);
                } else {
                  echo.append(families.get(family).apply(cp));
                }
              });
      String text = BEFORE + echo + AFTER;
      assertEquals(BEFORE + Redactor.MASK + AFTER, redactor.redact(text), echo.toString());
    }
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> decodedEchoes() {
    return java.util.stream.Stream.of(
        arguments("aé", "%61%C3%A9"),
        arguments("aé", "\\u0061\\u00e9"),
        arguments("aA", "a%41"),
        arguments("aé", "a&#00000233;"),
        arguments("a\u0000b", "a&#0;b"),
        arguments("a\u0000b", "\\u0061\\u0000b"),
        arguments("a\u0000", "%61%00"),
        arguments("a\u0000", "%61%C0%80"),
        arguments("😀a", "%F0%9F%98%80%61"),
        arguments("𐀀a", "%F0%90%80%80%61"),
        arguments("कa", "%E0%A4%95%61"),
        arguments("ÿa", "%C3%BF%61"),
        arguments("Àa", "%C3%80%61"),
        arguments("߿a", "%DF%BF%61"),
        arguments("&amp;x", "&amp;%78"),
        arguments("\\u0041x", "\\u0041%78"),
        arguments("%41x", "%41&#120;"),
        arguments("a'b\"", "a&apos;b\""),
        arguments("ÃÀ", "%C3%C0"),
        arguments("aÃ", "a%C3"),
        arguments("é1", "%E91"),
        arguments("<b", "&#60;b"),
        arguments("\"x", "\\u0022x"),
        arguments(" x", "+%78"));
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> notEscapes() {
    return java.util.stream.Stream.of(
        arguments("q\u0000", "q%zz"),
        arguments("q\u0000", "q%0z"),
        arguments("q\u0000", "q\\u00zz"),
        arguments("q\u0000", "q&#xzz;"),
        arguments("q\u0000", "q&#zz;"),
        arguments("q\u0000", "q\\u00"),
        arguments("q\u0000", "\\u0"),
        arguments("q\u0000", "q%0"),
        arguments("q\u0000", "q%"));
  }

  /**
   * Echoes only the decoding can recognise (each character escaped on its own, so no listed
   * spelling matches), with escapes at the limits of what they can hold: at the very end of the
   * text, a ten-character reference, NUL, the first and last lead and continuation bytes of UTF-8,
   * Java's two-byte NUL, a surrogate pair, Latin-1 bytes percent-encoded (not UTF-8, read as
   * themselves).
   */
  @ParameterizedTest
  @MethodSource("decodedEchoes")
  void echoesOnlyDecodingRecognisesAreMaskedAtTheLimitsOfEachEscape(String secret, String echo) {
    Redactor redactor = Redactor.forSecrets(new Params().secret("password", secret));
    assertEquals(Redactor.MASK, redactor.redact(echo), echo);
    assertEquals("[" + Redactor.MASK + "]", redactor.redact("[" + echo + "]"), echo);
  }

  /** What is not an escape is not a character: an invalid one never turns text into a secret. */
  @ParameterizedTest
  @MethodSource("notEscapes")
  void invalidEscapesAreNotDecoded(String secret, String text) {
    assertEquals(text, Redactor.forSecrets(new Params().secret("password", secret)).redact(text));
  }

  @org.junit.jupiter.api.Test
  void anExcerptThatFitsIsWholeAndACutNeverSplitsAPair() {
    Redactor redactor = Redactor.forSecrets(new Params().secret("password", "zz-secret"));
    assertEquals("abcde", redactor.excerpt("abcde", 5));
    assertEquals("abcd…", redactor.excerpt("abcdef", 4));
    assertEquals("ab…", redactor.excerpt("ab😀cd", 3));
    assertEquals("ab😀…", redactor.excerpt("ab😀cd", 4));
    assertEquals("a ? ? *** b", redactor.excerpt(" a \u0007 \u2028\tzz-secret\r\nb ", 100));
  }

  /** Form encoding with {@code +} for a space, the other characters percent-encoded or not. */
  @ParameterizedTest
  @MethodSource("secrets")
  void partlyFormEncodedEchoesAreMasked(String secret) {
    Redactor redactor = Redactor.forSecrets(new Params().secret("password", secret));
    Random random = new Random(~secret.hashCode());
    for (int round = 0; round < 20; round++) {
      StringBuilder echo = new StringBuilder();
      secret
          .codePoints()
          .forEach(
              cp -> {
                if (cp == ' ') {
                  echo.append('+');
                } else if (cp == '+' || cp == '%' || random.nextBoolean()) {
                  echo.append(percent(cp, random.nextBoolean()));
                } else {
                  echo.appendCodePoint(cp);
                }
              });
      assertEquals(
          "q=" + Redactor.MASK + "&x=1", redactor.redact("q=" + echo + "&x=1"), echo.toString());
    }
  }

  /**
   * Escapes of characters that are not the secret's stay as they were: only the secret is masked.
   */
  @ParameterizedTest
  @MethodSource("secrets")
  void escapesAroundTheSecretAreLeftAlone(String secret) {
    Redactor redactor = Redactor.forSecrets(new Params().secret("password", secret));
    String around =
        "&amp;&#233;&#xE9;&#XE9;&bogus;&#xZZ; &#99999999; \\u00e9\\n\\q\\ %C3%A9%41%zz%C3 %E2%82 +";
    assertEquals(around, redactor.redact(around));
    String echoed =
        secret.codePoints().mapToObj(RedactorSpellingsTest::reference).reduce("", String::concat);
    assertEquals(around + Redactor.MASK + around, redactor.redact(around + echoed + around));
    String percentEchoed =
        secret.codePoints().mapToObj(cp -> percent(cp, false)).reduce("", String::concat);
    assertEquals(around + Redactor.MASK + around, redactor.redact(around + percentEchoed + around));
  }

  @ParameterizedTest
  @MethodSource("secrets")
  void theSecretNeverSurvivesAnExcerptCut(String secret) {
    Redactor redactor = Redactor.forSecrets(new Params().secret("password", secret));
    for (int pad = 0; pad < 12; pad++) {
      String text = "x".repeat(pad) + secret + " tail";
      for (int max = 1; max < text.length() + 2; max++) {
        String excerpt = redactor.excerpt(text, max);
        assertTrue(excerpt.length() <= max + 1, excerpt);
        assertFalse(excerpt.contains(secret), excerpt);
        String visible =
            excerpt.endsWith("…") ? excerpt.substring(0, excerpt.length() - 1) : excerpt;
        assertTrue(("x".repeat(pad) + Redactor.MASK + " tail").startsWith(visible), excerpt);
      }
    }
  }

  // ---- the spellings, computed without the redactor ----

  private static String lowerHex(String encoded) {
    StringBuilder out = new StringBuilder(encoded);
    for (int i = 0; i + 2 < out.length(); i++) {
      if (out.charAt(i) == '%') {
        out.replace(i + 1, i + 3, out.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /** The query value as {@code HttpUrl.toString()} prints it (what a transport message shows). */
  private static String queryInUrl(String secret) {
    String url =
        HttpUrl.get("https://h/p").newBuilder().addQueryParameter("q", secret).build().toString();
    return url.substring(url.indexOf("q=") + 2);
  }

  private static String jackson(String secret, boolean asciiOnly) {
    JsonFactory factory =
        JsonFactory.builder().configure(JsonWriteFeature.ESCAPE_NON_ASCII, asciiOnly).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator gen = factory.createGenerator(out)) {
      gen.writeString(secret);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String quoted = out.toString(StandardCharsets.UTF_8);
    return quoted.substring(1, quoted.length() - 1);
  }

  private static String jacksonWriter(String secret, boolean asciiOnly) {
    JsonFactory factory =
        JsonFactory.builder().configure(JsonWriteFeature.ESCAPE_NON_ASCII, asciiOnly).build();
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = factory.createGenerator(out)) {
      gen.writeString(secret);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String quoted = out.toString();
    return quoted.substring(1, quoted.length() - 1);
  }

  private static String lowerUnicodeEscapes(String json) {
    return recaseUnicodeEscapes(json, false);
  }

  private static String upperUnicodeEscapes(String json) {
    return recaseUnicodeEscapes(json, true);
  }

  private static String recaseUnicodeEscapes(String json, boolean upper) {
    StringBuilder out = new StringBuilder(json);
    for (int i = 0; i + 5 < out.length(); i++) {
      if (out.charAt(i) == '\\' && out.charAt(i + 1) == '\\') {
        i++;
      } else if (out.charAt(i) == '\\' && out.charAt(i + 1) == 'u') {
        String hex = out.substring(i + 2, i + 6);
        out.replace(
            i + 2, i + 6, upper ? hex.toUpperCase(Locale.ROOT) : hex.toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  private static boolean xmlWritable(String secret) {
    return secret.chars().allMatch(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r');
  }

  /** The element text Woodstox itself writes (not {@link XmlText}, which imitates it). */
  private static String woodstoxText(String secret) {
    String doc = woodstox(w -> w.writeCharacters(secret));
    return doc.substring(doc.indexOf("<e>") + 3, doc.lastIndexOf("</e>"));
  }

  private static String woodstoxAttribute(String secret) {
    String doc = woodstox(w -> w.writeAttribute("a", secret));
    return doc.substring(doc.indexOf("a=\"") + 3, doc.lastIndexOf('"'));
  }

  private interface XmlWrite {
    void write(javax.xml.stream.XMLStreamWriter writer) throws javax.xml.stream.XMLStreamException;
  }

  private static String woodstox(XmlWrite body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      javax.xml.stream.XMLStreamWriter w =
          new com.ctc.wstx.stax.WstxOutputFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartElement("e");
      body.write(w);
      w.writeEndElement();
      w.close();
    } catch (javax.xml.stream.XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String xmlFull(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }

  /** Markup escaped, and non-ASCII (or, with {@code all}, every) character as a reference. */
  private static String references(String secret, boolean hex, boolean all) {
    String escaped = all ? secret : xmlFull(secret);
    StringBuilder out = new StringBuilder();
    escaped
        .codePoints()
        .forEach(
            cp -> {
              if (cp < 0x80 && !all) {
                out.appendCodePoint(cp);
              } else {
                out.append(
                        hex ? "&#x" + Integer.toHexString(cp).toUpperCase(Locale.ROOT) : "&#" + cp)
                    .append(';');
              }
            });
    return out.toString();
  }

  private static String reference(int cp) {
    switch (cp % 3) {
      case 0:
        return "&#" + cp + ";";
      case 1:
        return "&#x" + Integer.toHexString(cp).toUpperCase(Locale.ROOT) + ";";
      default:
        return cp == '&'
            ? "&amp;"
            : cp == '<'
                ? "&lt;"
                : cp == '>'
                    ? "&gt;"
                    : cp == '"'
                        ? "&quot;"
                        : cp == '\'' ? "&apos;" : "&#X" + Integer.toHexString(cp) + ";";
    }
  }

  private static String backslash(int cp) {
    switch (cp) {
      case '"':
        return "\\\"";
      case '\\':
        return "\\\\";
      case '/':
        return "\\/";
      case '\'':
        return "\\'";
      case '\b':
        return "\\b";
      case '\f':
        return "\\f";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        StringBuilder out = new StringBuilder();
        for (char c : Character.toChars(cp)) {
          out.append(String.format(cp % 2 == 0 ? "\\u%04x" : "\\u%04X", (int) c));
        }
        return out.toString();
    }
  }

  private static String percent(int cp, boolean lower) {
    StringBuilder out = new StringBuilder();
    for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
      out.append(String.format(lower ? "%%%02x" : "%%%02X", b & 0xFF));
    }
    return out.toString();
  }
}
