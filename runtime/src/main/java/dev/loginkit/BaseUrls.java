package dev.loginkit;

import okhttp3.HttpUrl;

/**
 * Parses a configured base URL, refusing what a login cannot use with a message that shows it,
 * masked.
 */
final class BaseUrls {
  private BaseUrls() {}

  static HttpUrl parse(String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw refused(url, "is not an absolute http or https URL");
    }
    if (!parsed.encodedUsername().isEmpty() || !parsed.encodedPassword().isEmpty()) {
      throw refused(
          url,
          "has a user name or password, which OkHttp does not send; declare the credentials instead");
    }
    if (parsed.encodedQuery() != null || parsed.encodedFragment() != null) {
      throw refused(
          url, "has a query or fragment; a base URL is a scheme, host, port and path prefix");
    }
    return parsed;
  }

  private static LoginConfigurationException refused(String url, String why) {
    return new LoginConfigurationException("base URL '" + masked(url) + "' " + why);
  }

  /**
   * {@code url} for a message: a password in its user info and every query value masked, control
   * characters shown as {@code ?}, at most 200 characters.
   */
  static String masked(String url) {
    String out = url;
    int scheme = out.indexOf("://");
    int at = out.lastIndexOf('@');
    int hostStart = scheme < 0 ? 0 : scheme + 3;
    int pathStart = indexOfAny(out, "/?#", hostStart);
    if (at > hostStart && (pathStart < 0 || at < pathStart)) {
      int colon = out.indexOf(':', hostStart);
      int end = colon >= 0 && colon < at ? colon : at;
      out = out.substring(0, end) + ":***" + out.substring(at);
    }
    int query = out.indexOf('?');
    if (query >= 0) {
      int fragment = out.indexOf('#', query);
      String params = out.substring(query + 1, fragment < 0 ? out.length() : fragment);
      StringBuilder maskedQuery = new StringBuilder();
      for (String pair : params.split("&", -1)) {
        int eq = pair.indexOf('=');
        maskedQuery
            .append(maskedQuery.length() == 0 ? "" : "&")
            .append(eq < 0 ? pair : pair.substring(0, eq) + "=***");
      }
      out =
          out.substring(0, query + 1) + maskedQuery + (fragment < 0 ? "" : out.substring(fragment));
    }
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < out.length() && shown.length() < 200; i++) {
      char c = out.charAt(i);
      shown.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return shown.toString();
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
