package dev.loginkit.benchmarks;

import dev.loginkit.LoginFailure;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.benchmarks.api.FlatSession;
import dev.loginkit.benchmarks.api.NestedSession;
import dev.loginkit.benchmarks.api.SoapSession;
import dev.loginkit.benchmarks.api.XmlSession;
import java.util.HashMap;
import java.util.Map;

/**
 * What every floor and peer does once it has the values out of the body: classify and build the
 * same session record or {@link LoginFailure} LoginKit builds. Shared, so contenders differ only in
 * how they read the body.
 */
public final class Outcomes {
  private Outcomes() {}

  /**
   * The code tables, in a holder so that the success path loads no LoginKit class: the cold-start
   * floors and peers (benchmark 5) run without LoginKit on their class path.
   */
  private static final class Codes {
    static final Map<String, FailureReason> JSON = new HashMap<>();
    static final Map<String, FailureReason> XML = new HashMap<>();

    static {
      JSON.put("BAD_CREDENTIALS", FailureReason.INVALID_CREDENTIALS);
      JSON.put("LOCKED", FailureReason.ACCOUNT_LOCKED);
      XML.put("4", FailureReason.INVALID_CREDENTIALS);
      XML.put("5", FailureReason.SESSION_CONFLICT);
    }
  }

  public static Object flat(
      int status,
      String st,
      String sessionId,
      long accountId,
      String lid,
      String ima,
      String code,
      String message,
      String field) {
    if (ok(status) && "ok".equals(st)) {
      return new FlatSession(sessionId, accountId, lid, ima);
    }
    return failure(status, code, message, field, Codes.JSON);
  }

  public static Object nested(
      int status,
      String sessionId,
      String expires,
      long userId,
      String login,
      String name,
      String code,
      String message) {
    if (ok(status) && sessionId != null && !sessionId.isEmpty()) {
      return new NestedSession(sessionId, expires, userId, login, name);
    }
    return failure(status, code, message, null, Codes.JSON);
  }

  public static Object xml(
      int status, String rc, String sid, String pswd, String msg, String version) {
    if (ok(status) && "0".equals(rc)) {
      return new XmlSession(sid, pswd, msg, version);
    }
    return failure(status, rc, msg, null, Codes.XML);
  }

  /** A SOAP answer: a fault when {@code faultCode} is not null, else the session. */
  public static Object soap(
      int status,
      String faultCode,
      String faultString,
      String detailCode,
      String sessionId,
      long userId,
      String expires) {
    if (faultCode != null) {
      FailureReason reason = detailCode == null ? null : Codes.JSON.get(detailCode);
      if (reason == null) {
        String local = faultCode.substring(faultCode.indexOf(':') + 1);
        reason = local.equals("Client") ? FailureReason.INVALID_REQUEST : FailureReason.UNKNOWN;
      }
      return new LoginFailure(reason, detailCode, faultString, null, status, Map.of());
    }
    return new SoapSession(sessionId, userId, expires);
  }

  private static boolean ok(int status) {
    return status >= 200 && status < 300;
  }

  private static LoginFailure failure(
      int status, String code, String message, String field, Map<String, FailureReason> codes) {
    FailureReason reason = code == null ? null : codes.get(code);
    if (reason == null) {
      reason =
          status == 401
              ? FailureReason.INVALID_CREDENTIALS
              : status >= 500
                  ? FailureReason.SERVICE_UNAVAILABLE
                  : status >= 400 ? FailureReason.INVALID_REQUEST : FailureReason.UNKNOWN;
    }
    return new LoginFailure(reason, code, message, field, status, Map.of());
  }
}
