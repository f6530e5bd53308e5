package dev.loginkit.internal;

import dev.loginkit.LoginFailure;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One declared login call, compiled once into a static field of the generated client: where it
 * goes, how it is encoded, which body paths it reads, and how a response is classified.
 *
 * <p>Classification order (documented in {@code docs/ARCHITECTURE.md}):
 * <ol>
 *   <li>challenge rules, in declaration order;
 *   <li>success: a 2xx status and the success rule (every 2xx when none is declared);
 *   <li>failure: the body code in the code table, else the status in the status table, else the
 *       status's default reason, else {@code UNKNOWN}.
 * </ol>
 */
public final class Operation {
  private final String name;
  private final String method;
  private final String path;
  private final BodyEncoding body;
  private final Format format;
  private final Rule success;
  private final List<Rule> challenges;
  private final List<FailureReason> challengeReasons;
  private final String codePath;
  private final String messagePath;
  private final String fieldPath;
  private final Map<String, FailureReason> codes;
  private final Map<Integer, FailureReason> statuses;
  private final PathSet paths;

  private Operation(Builder b) {
    this.name = b.name;
    this.method = b.method;
    this.path = b.path;
    this.body = b.body;
    this.format = b.format;
    this.success = b.success;
    this.challenges = List.copyOf(b.challenges);
    this.challengeReasons = List.copyOf(b.challengeReasons);
    this.codePath = b.codePath;
    this.messagePath = b.messagePath;
    this.fieldPath = b.fieldPath;
    this.codes = Map.copyOf(b.codes);
    this.statuses = Map.copyOf(b.statuses);
    List<String> read = new ArrayList<>(b.reads);
    if (success != null) {
      read.add(success.path());
    }
    for (Rule rule : challenges) {
      read.add(rule.path());
    }
    read.add(codePath);
    read.add(messagePath);
    read.add(fieldPath);
    this.paths = PathSet.of(read);
  }

  /** A {@code GET} whose parameters travel in the query string. */
  public static Builder get(String name, String path, Format format) {
    return new Builder(name, "GET", path, null, format);
  }

  /** A {@code POST} whose parameters travel in a body encoded as {@code body}. */
  public static Builder post(String name, String path, BodyEncoding body, Format format) {
    return new Builder(name, "POST", path, body, format);
  }

  String name() {
    return name;
  }

  String method() {
    return method;
  }

  String path() {
    return path;
  }

  /** The body encoding, or {@code null} for a call without a body. */
  BodyEncoding body() {
    return body;
  }

  Format format() {
    return format;
  }

  PathSet paths() {
    return paths;
  }

  Verdict classify(int status, Document doc, Redactor redactor) {
    for (int i = 0; i < challenges.size(); i++) {
      if (challenges.get(i).matches(status, doc)) {
        return Verdict.challenge(details(challengeReasons.get(i), status, doc, redactor));
      }
    }
    boolean ok = status >= 200 && status < 300;
    if (ok && (success == null || success.matches(status, doc))) {
      return Verdict.success();
    }
    String code = trimmed(doc.value(codePath));
    FailureReason reason = code == null ? null : codes.get(code);
    if (reason == null) {
      reason = statuses.get(status);
    }
    if (reason == null) {
      reason = defaultReason(status);
    }
    return Verdict.failure(details(reason, status, doc, redactor));
  }

  private LoginFailure details(FailureReason reason, int status, Document doc, Redactor redactor) {
    return new LoginFailure(
        reason,
        trimmed(doc.value(codePath)),
        redactor.redact(doc.value(messagePath)),
        redactor.redact(doc.value(fieldPath)),
        status,
        Map.of());
  }

  /** LoginKit's reading of a status no table mentions. */
  static FailureReason defaultReason(int status) {
    if (status == 401) {
      return FailureReason.INVALID_CREDENTIALS;
    } else if (status == 403) {
      return FailureReason.ACCESS_DENIED;
    } else if (status == 423) {
      return FailureReason.ACCOUNT_LOCKED;
    } else if (status == 429) {
      return FailureReason.RATE_LIMITED;
    } else if (status >= 300 && status < 400) {
      return FailureReason.PROTOCOL_ERROR;
    } else if (status >= 400 && status < 500) {
      return FailureReason.INVALID_REQUEST;
    } else if (status >= 500) {
      return FailureReason.SERVICE_UNAVAILABLE;
    }
    return FailureReason.UNKNOWN;
  }

  private static String trimmed(String value) {
    if (value == null) {
      return null;
    }
    String t = value.trim();
    return t.isEmpty() ? null : t;
  }

  @Override
  public String toString() {
    return "Operation[" + name + " " + method + " " + path + "]";
  }

  /** Collects one operation's declaration; used by generated code in a static initializer. */
  public static final class Builder {
    private final String name;
    private final String method;
    private final String path;
    private final BodyEncoding body;
    private final Format format;
    private Rule success;
    private final List<Rule> challenges = new ArrayList<>();
    private final List<FailureReason> challengeReasons = new ArrayList<>();
    private String codePath = "";
    private String messagePath = "";
    private String fieldPath = "";
    private final Map<String, FailureReason> codes = new HashMap<>();
    private final Map<Integer, FailureReason> statuses = new HashMap<>();
    private final List<String> reads = new ArrayList<>();

    private Builder(String name, String method, String path, BodyEncoding body, Format format) {
      this.name = name;
      this.method = method;
      this.path = path;
      this.body = body;
      this.format = format;
    }

    /** Success needs {@code path} to hold one of {@code accepted} (or, with none, any non-empty value). */
    public Builder successWhen(String path, String... accepted) {
      this.success = new Rule(new int[0], path, accepted);
      return this;
    }

    /** A challenge of kind {@code reason} when the status is one of {@code statuses} (any, if empty) and the path matches. */
    public Builder challengeWhen(FailureReason reason, int[] statuses, String path, String... accepted) {
      challenges.add(new Rule(statuses, path, accepted));
      challengeReasons.add(reason);
      return this;
    }

    /** Where a failure's code, message and field are read; empty paths are not read. */
    public Builder failureDetails(String code, String message, String field) {
      this.codePath = code;
      this.messagePath = message;
      this.fieldPath = field;
      return this;
    }

    /** Body codes that mean {@code reason}. */
    public Builder onCode(FailureReason reason, String... values) {
      for (String value : values) {
        codes.put(value, reason);
      }
      return this;
    }

    /** HTTP statuses that mean {@code reason}. */
    public Builder onStatus(FailureReason reason, int... values) {
      for (int value : values) {
        statuses.put(value, reason);
      }
      return this;
    }

    /** Body paths the session is built from. */
    public Builder reads(String... paths) {
      reads.addAll(List.of(paths));
      return this;
    }

    /** The compiled operation. */
    public Operation build() {
      return new Operation(this);
    }
  }
}
