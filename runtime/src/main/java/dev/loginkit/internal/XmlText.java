package dev.loginkit.internal;

import okio.Buffer;

/**
 * XML 1.0 output for {@link XmlBodies}, escaping exactly as Woodstox's stream writer does for UTF-8
 * output, so that the bytes on the wire (and the spellings {@link Redactor} masks) stay the ones
 * Woodstox writes. A character XML 1.0 cannot carry, or a lone UTF-16 surrogate, is refused with an
 * {@link IllegalStateException} that never quotes the text.
 */
final class XmlText {
  private XmlText() {}

  /**
   * {@code <prefix:name}, the tag left open for attributes; {@code prefix} is empty or ends with a
   * colon.
   */
  static void startTag(Buffer out, String prefix, String name) {
    out.writeByte('<').writeUtf8(prefix);
    name(out, name);
  }

  /** {@code </prefix:name>}. */
  static void endTag(Buffer out, String prefix, String name) {
    out.writeUtf8("</").writeUtf8(prefix);
    name(out, name);
    out.writeByte('>');
  }

  /** A name as declared (names are not escaped, as Woodstox does not escape them). */
  private static void name(Buffer out, String name) {
    checkSurrogates(name);
    out.writeUtf8(name);
  }

  /**
   * Woodstox writes a text of this many characters or more in chunks of {@link #CHUNK}, each in
   * segments ended by an escaped character, and escapes a {@code >} that starts a segment.
   */
  private static final int SEGMENTED = 12;

  private static final int CHUNK = 512;

  /**
   * Element content: {@code <} and {@code &} as entities, CR, the C1 controls U+007F–U+009F and
   * U+FFFE, U+FFFF as character references, tab and LF as they are. A {@code >} is escaped where
   * Woodstox escapes it, as it might end {@code ]]>}: after {@code ]}, first in the text, and in a
   * text of {@value #SEGMENTED} characters or more also right after an escaped character or first
   * in a chunk of {@value #CHUNK}.
   */
  static void text(Buffer out, String text) {
    boolean afterEscape = false;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String entity;
      if (c == '<') {
        entity = "&lt;";
      } else if (c == '&') {
        entity = "&amp;";
      } else if (c == '>' && escapesGreaterThan(text, i, afterEscape)) {
        entity = "&gt;";
      } else if (c == '\r' || (c >= 0x7F && c <= 0x9F) || c >= 0xFFFE) {
        entity = null;
      } else if (c < 0x20 && c != '\t' && c != '\n') {
        throw unwritable();
      } else {
        if (Character.isSurrogate(c)) {
          i = checkPair(text, i);
        }
        afterEscape = false;
        continue;
      }
      out.writeUtf8(text, run, i);
      if (entity != null) {
        out.writeUtf8(entity);
      } else {
        characterReference(out, c);
      }
      run = i + 1;
      afterEscape = true;
    }
    out.writeUtf8(text, run, text.length());
  }

  /** Whether Woodstox escapes the {@code >} at {@code i} of {@code text} (see {@link #text}). */
  private static boolean escapesGreaterThan(String text, int i, boolean afterEscape) {
    if (i == 0 || text.charAt(i - 1) == ']') {
      return true;
    }
    return text.length() >= SEGMENTED && (afterEscape || i % CHUNK == 0);
  }

  /**
   * An attribute value between double quotes: {@code "}, {@code <} and {@code &} as entities, tab,
   * LF and CR as character references.
   */
  static void attributeValue(Buffer out, String value) {
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String entity;
      if (c == '"') {
        entity = "&quot;";
      } else if (c == '<') {
        entity = "&lt;";
      } else if (c == '&') {
        entity = "&amp;";
      } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0xFFFE) {
        entity = null;
      } else if (c < 0x20) {
        throw unwritable();
      } else if (Character.isSurrogate(c)) {
        i = checkPair(value, i);
        continue;
      } else {
        continue;
      }
      out.writeUtf8(value, run, i);
      if (entity != null) {
        out.writeUtf8(entity);
      } else {
        characterReference(out, c);
      }
      run = i + 1;
    }
    out.writeUtf8(value, run, value.length());
  }

  /** {@code &#xd;}: lower-case hexadecimal, as Woodstox writes it. */
  private static void characterReference(Buffer out, char c) {
    out.writeUtf8("&#x").writeHexadecimalUnsignedLong(c).writeByte(';');
  }

  private static void checkSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        i = checkPair(text, i);
      }
    }
  }

  /** The index of the low half of the pair starting at {@code i}; refuses a lone surrogate. */
  private static int checkPair(String text, int i) {
    if (Character.isHighSurrogate(text.charAt(i))
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      return i + 1;
    }
    throw unwritable();
  }

  private static IllegalStateException unwritable() {
    return new IllegalStateException("text has a character XML 1.0 cannot carry");
  }
}
