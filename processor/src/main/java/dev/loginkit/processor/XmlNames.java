package dev.loginkit.processor;

/**
 * What XML and SOAP accept as names, checked at compile time so that a declaration can never
 * produce malformed XML or a broken {@code SOAPAction} on the wire.
 */
final class XmlNames {
  private XmlNames() {}

  /**
   * An XML 1.0 name without a colon (NCName), restricted to what a declaration needs: a letter or
   * {@code _} first, then letters, digits, {@code _ - .}; letters include non-ASCII ones.
   */
  static boolean isNcName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    int first = name.codePointAt(0);
    if (!(Character.isLetter(first) || first == '_')) {
      return false;
    }
    for (int i = Character.charCount(first); i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * A namespace name a prefix can be bound to: not empty, no white space, quotes, {@code <} or
   * {@code &}.
   */
  static boolean isNamespace(String uri) {
    if (uri.isEmpty()) {
      return false;
    }
    for (int i = 0; i < uri.length(); i++) {
      char c = uri.charAt(i);
      if (c <= ' ' || c == 0x7f || c == '"' || c == '\'' || c == '<' || c == '&' || c == '>') {
        return false;
      }
    }
    return true;
  }

  /**
   * A SOAPAction value that quotes once: printable ASCII with no {@code "} or {@code \}, so that
   * {@code "…"} in the 1.1 header and {@code action="…"} in the 1.2 media type are exact. Empty is
   * allowed (1.1 then sends {@code ""}).
   */
  static boolean isSoapAction(String action) {
    for (int i = 0; i < action.length(); i++) {
      char c = action.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
