package dev.loginkit.processor;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks of the strings users write in annotations: URLs, paths, body paths. */
final class Syntax {
  private Syntax() {}

  static boolean isBaseUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getQuery() == null
          && uri.getFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  static boolean isPlainHttp(String url) {
    return url.toLowerCase(Locale.ROOT).startsWith("http://");
  }

  static boolean isRequestPath(String path) {
    if (!path.startsWith("/")) {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c <= ' ' || c == '?' || c == '#' || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code a/b/@c}: non-empty segments without spaces; {@code @} only opens the last one; or {@code
   * .}.
   */
  static boolean isBodyPath(String path) {
    if (path.equals(".")) {
      return true;
    }
    if (path.isEmpty()) {
      return false;
    }
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.isEmpty()
          || (segment.startsWith("@") && (i < segments.length - 1 || segment.length() == 1))) {
        return false;
      }
      for (int j = 0; j < segment.length(); j++) {
        char c = segment.charAt(j);
        if (Character.isWhitespace(c) || (c == '@' && j > 0)) {
          return false;
        }
      }
    }
    return true;
  }
}
