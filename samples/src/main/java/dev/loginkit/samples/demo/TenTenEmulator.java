package dev.loginkit.samples.demo;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Seed 004's {@code gw.k?api=login}. Known user {@code demo} / {@code demopass}, who always has an
 * active session, so {@code kill=no} answers return code 5.
 */
final class TenTenEmulator {
  static final String USER = "demo";
  static final String PASSWORD = "demopass";
  static final String ENCRYPTED_PASSWORD = "Xk2p9QeW7t";

  private static final String TYPE = "text/xml";

  private TenTenEmulator() {}

  static DemoServer.Reply handle(HttpExchange exchange) {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    if (!"login".equals(query.get("api"))) {
      return out(7, "Invalid transaction type");
    }
    if (query.getOrDefault("uid", "").isEmpty()) {
      return out(3, "Missing user identification");
    }
    if (!USER.equals(query.get("uid")) || !PASSWORD.equals(query.get("pswd"))) {
      return out(4, "Invalid user identification");
    }
    String kill = query.getOrDefault("kill", "yes");
    if (kill.equals("no")) {
      return out(5, "Already logged in");
    }
    String sid = kill.equals("auth") ? "" : "<sid>4710815</sid>";
    return new DemoServer.Reply(
        200,
        TYPE,
        "<out>\n    <rc>0</rc>\n    "
            + sid
            + "\n    <pswd>"
            + ENCRYPTED_PASSWORD
            + "</pswd>\n"
            + "    <msg>Last login was: 2026-11-21 09:14:02</msg>\n    <version>prime-17.31</version>\n</out>");
  }

  private static DemoServer.Reply out(int rc, String msg) {
    return new DemoServer.Reply(200, TYPE, "<out><rc>" + rc + "</rc><msg>" + msg + "</msg></out>");
  }

  static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }
}
