package dev.loginkit.internal;

import dev.loginkit.LoginFailure;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * One declared login call, compiled once into a static field of the generated client: where it
 * goes, how it is encoded, which body paths it reads, and how a response is classified.
 *
 * <p>Classification order (documented in {@code docs/ARCHITECTURE.md}):
 *
 * <ol>
 *   <li>a SOAP or XML-RPC fault is a failure, before anything else is read: message rules on the
 *       fault string, then the code table on the fault code, else {@code INVALID_REQUEST} for a
 *       client fault and {@code UNKNOWN} otherwise;
 *   <li>challenge rules, in declaration order;
 *   <li>success: a 2xx status and the success rule (every 2xx when none is declared);
 *   <li>failure: message rules, then field errors, then the code table, then the status table, then
 *       the status's default reason, else {@code UNKNOWN}.
 * </ol>
 */
public final class Operation {
  private static final String ANY_CHILD = "/*";

  private final String name;
  private final String method;
  private final String path;

  /** The last base URL this operation was joined to and the result, {base, url}; replaced whole. */
  private volatile HttpUrl[] resolved;

  private final BodyEncoding body;
  private final Format format;
  private final SoapSpec soap;
  private final String xmlRpcMethod;
  private final boolean xmlRpcStruct;
  private final Rule success;
  private final List<Rule> challenges;
  private final List<FailureReason> challengeReasons;
  private final List<ChallengeStep> challengeSteps;
  private final String codePath;
  private final String messagePath;
  private final String fieldPath;
  private final String fieldErrorsPath;
  private final FailureReason fieldErrorsReason;
  private final List<MessageRule> messageRules;
  private final Map<String, FailureReason> codes;
  private final Map<Integer, FailureReason> statuses;
  private final FailureReason retryWhen;
  private final String retryParam;
  private final String retryValue;
  private final PathSet paths;

  /** The declared request content type, or {@code null} for the body encoding's own. */
  private final okhttp3.MediaType contentType;

  private Operation(Builder b) {
    this(b, b.path);
  }

  /** The operation of {@code b} sent to {@code path} (a challenge's continuation endpoint). */
  private Operation(Builder b, String path) {
    this.name = b.name;
    this.method = b.method;
    this.path = path;
    this.body = b.body;
    this.format = b.format;
    this.soap = b.soap;
    this.xmlRpcMethod = b.xmlRpcMethod;
    this.xmlRpcStruct = b.xmlRpcStruct;
    this.success = b.success;
    this.challenges = List.copyOf(b.challenges);
    this.challengeReasons = List.copyOf(b.challengeReasons);
    this.challengeSteps = List.copyOf(b.challengeSteps);
    this.codePath = b.codePath;
    this.messagePath = b.messagePath;
    this.fieldPath = b.fieldPath;
    this.fieldErrorsPath = b.fieldErrorsPath.isEmpty() ? "" : b.fieldErrorsPath + ANY_CHILD;
    this.fieldErrorsReason = b.fieldErrorsReason;
    this.messageRules = List.copyOf(b.messageRules);
    this.codes = Map.copyOf(b.codes);
    this.statuses = Map.copyOf(b.statuses);
    this.retryWhen = b.retryWhen;
    this.retryParam = b.retryParam;
    this.retryValue = b.retryValue;
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
    read.add(fieldErrorsPath);
    if (format == Format.SOAP) {
      read.addAll(List.of(SoapDocumentReader.FAULT_PATHS));
    } else if (format == Format.XML_RPC) {
      read.add(XmlRpcDocumentReader.FAULT_CODE);
      read.add(XmlRpcDocumentReader.FAULT_STRING);
    }
    this.paths = PathSet.of(read);
    this.contentType = b.contentType == null ? null : okhttp3.MediaType.get(b.contentType);
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

  SoapSpec soap() {
    return soap;
  }

  String xmlRpcMethod() {
    return xmlRpcMethod;
  }

  boolean xmlRpcStruct() {
    return xmlRpcStruct;
  }

  /** {@code base} with this operation's path joined to it, kept for the base last used. */
  HttpUrl url(HttpUrl base) {
    HttpUrl[] last = resolved;
    if (last != null && (last[0] == base || last[0].equals(base))) {
      return last[1];
    }
    HttpUrl url =
        base.newBuilder().encodedPath(RequestEncoder.joinPath(base.encodedPath(), path)).build();
    resolved = new HttpUrl[] {base, url};
    return url;
  }

  PathSet paths() {
    return paths;
  }

  /** The declared request content type, or {@code null} for the body encoding's own. */
  okhttp3.MediaType contentType() {
    return contentType;
  }

  /** The parameters for the one declared retry after {@code failure}, or {@code null} for none. */
  Params retryFor(LoginFailure failure, Params params) {
    if (retryWhen == null || failure.reason() != retryWhen) {
      return null;
    }
    int i = params.indexOf(retryParam);
    if (i >= 0 && (!params.isDefaulted(i) || retryValue.equals(params.value(i)))) {
      return null; // the caller chose this value (kill=no keeps the other session), or it is the
      // fallback
    }
    return params.with(retryParam, retryValue);
  }

  Verdict classify(int status, Document doc, Redactor redactor) {
    if (doc.isFault()) {
      return Verdict.failure(fault(status, doc, redactor));
    }
    for (int i = 0; i < challenges.size(); i++) {
      if (challenges.get(i).matches(status, doc)) {
        ChallengeStep step = challengeSteps.get(i);
        Map<String, String> echoed = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : step.echo.entrySet()) {
          String value = doc.value(e.getValue());
          if (value != null) {
            echoed.put(e.getKey(), value.trim());
          }
        }
        return Verdict.challenge(
            details(challengeReasons.get(i), status, doc, redactor, Map.of()), step, echoed);
      }
    }
    boolean ok = status >= 200 && status < 300;
    if (ok && (success == null || success.matches(status, doc))) {
      return Verdict.success();
    }
    if (!messagePath.isEmpty() && !messageRules.isEmpty()) {
      for (String message : doc.values(messagePath)) {
        for (MessageRule rule : messageRules) {
          Map<String, String> captured = rule.match(message);
          if (captured != null) {
            return Verdict.failure(
                new LoginFailure(
                    rule.reason,
                    code(doc, redactor),
                    redactor.redact(message),
                    redactor.redact(doc.value(fieldPath)),
                    status,
                    redact(captured, redactor)));
          }
        }
      }
    }
    if (!fieldErrorsPath.isEmpty() && doc.value(fieldErrorsPath) != null) {
      return Verdict.failure(
          new LoginFailure(
              fieldErrorsReason,
              code(doc, redactor),
              redactor.redact(doc.value(fieldErrorsPath)),
              redactor.redact(doc.matchedName(fieldErrorsPath)),
              status,
              Map.of()));
    }
    // The table is consulted with the code as sent, not as redacted: a short secret that happens
    // to occur in a code must not change the classification.
    String code = rawCode(doc);
    FailureReason reason = code == null ? null : codes.get(code);
    if (reason == null) {
      reason = statusReason(status);
    }
    return Verdict.failure(details(reason, status, doc, redactor, Map.of()));
  }

  private LoginFailure fault(int status, Document doc, Redactor redactor) {
    String declared = rawCode(doc);
    String rawCode = declared != null ? declared : doc.faultCode();
    String code = redactor.redact(rawCode);
    String message = doc.faultString() == null ? null : doc.faultString().trim();
    FailureReason reason = null;
    Map<String, String> captured = Map.of();
    if (message != null) {
      for (MessageRule rule : messageRules) {
        Map<String, String> match = rule.match(message);
        if (match != null) {
          reason = rule.reason;
          captured = match;
          break;
        }
      }
    }
    if (reason == null && rawCode != null) {
      reason = codes.get(rawCode);
    }
    if (reason == null) {
      String faultCode = doc.faultCode();
      reason =
          "Client".equals(faultCode) || "Sender".equals(faultCode)
              ? FailureReason.INVALID_REQUEST
              : FailureReason.UNKNOWN;
    }
    return new LoginFailure(
        reason, code, redactor.redact(message), null, status, redact(captured, redactor));
  }

  private String code(Document doc, Redactor redactor) {
    return redactor.redact(rawCode(doc));
  }

  /** The trimmed code at the code path, unredacted (for table look-ups only), or {@code null}. */
  private String rawCode(Document doc) {
    String value = doc.value(codePath);
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }

  private LoginFailure details(
      FailureReason reason,
      int status,
      Document doc,
      Redactor redactor,
      Map<String, String> captured) {
    return new LoginFailure(
        reason,
        code(doc, redactor),
        redactor.redact(doc.value(messagePath)),
        redactor.redact(doc.value(fieldPath)),
        status,
        captured);
  }

  private static Map<String, String> redact(Map<String, String> captured, Redactor redactor) {
    if (captured.isEmpty()) {
      return captured;
    }
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, String> e : captured.entrySet()) {
      out.put(e.getKey(), redactor.redact(e.getValue()));
    }
    return out;
  }

  /** The status table's reason for {@code status}, else LoginKit's default. */
  FailureReason statusReason(int status) {
    FailureReason reason = statuses.get(status);
    return reason != null ? reason : defaultReason(status);
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
    private SoapSpec soap;
    private String xmlRpcMethod;
    private boolean xmlRpcStruct;
    private Rule success;
    private final List<Rule> challenges = new ArrayList<>();
    private final List<FailureReason> challengeReasons = new ArrayList<>();
    private final List<ChallengeStep> challengeSteps = new ArrayList<>();
    private String codePath = "";
    private String messagePath = "";
    private String fieldPath = "";
    private String fieldErrorsPath = "";
    private FailureReason fieldErrorsReason = FailureReason.INVALID_REQUEST;
    private final List<MessageRule> messageRules = new ArrayList<>();
    private final Map<String, FailureReason> codes = new HashMap<>();
    private final Map<Integer, FailureReason> statuses = new HashMap<>();
    private FailureReason retryWhen;
    private String retryParam;
    private String retryValue;
    private final List<String> reads = new ArrayList<>();
    private String contentType;

    private Builder(String name, String method, String path, BodyEncoding body, Format format) {
      this.name = name;
      this.method = method;
      this.path = path;
      this.body = body;
      this.format = format;
    }

    /** The SOAP envelope settings of a {@link BodyEncoding#SOAP} call. */
    public Builder soap(SoapSpec spec) {
      this.soap = spec;
      return this;
    }

    /**
     * The method name of an {@link BodyEncoding#XML_RPC} call, and whether parameters form one
     * struct.
     */
    public Builder xmlRpc(String methodName, boolean struct) {
      this.xmlRpcMethod = methodName;
      this.xmlRpcStruct = struct;
      return this;
    }

    /**
     * Success needs {@code path} to hold one of {@code accepted} (or, with none, any non-empty
     * value).
     */
    public Builder successWhen(String path, String... accepted) {
      this.success = new Rule(new int[0], path, accepted);
      return this;
    }

    /**
     * A challenge of kind {@code reason} when the status is one of {@code statuses} (any, if empty)
     * and the path matches.
     */
    public Builder challengeWhen(
        FailureReason reason, int[] statuses, String path, String... accepted) {
      challenges.add(new Rule(statuses, path, accepted));
      challengeReasons.add(reason);
      challengeSteps.add(new ChallengeStep(null));
      return this;
    }

    /**
     * The last challenge rule is answered by sending the login again with this (secret) parameter.
     */
    public Builder answeredBy(String wireName) {
      ChallengeStep old = challengeSteps.get(challengeSteps.size() - 1);
      ChallengeStep step = new ChallengeStep(wireName);
      step.echo.putAll(old.echo);
      step.continuePath = old.continuePath;
      challengeSteps.set(challengeSteps.size() - 1, step);
      return this;
    }

    /**
     * The last challenge rule's continuation sends back the value at {@code path} as {@code
     * wireName}.
     */
    public Builder echo(String wireName, String path) {
      challengeSteps.get(challengeSteps.size() - 1).echo.put(wireName, path);
      reads.add(path);
      return this;
    }

    /**
     * The last challenge rule's continuation goes to {@code path} instead of the login's own path.
     */
    public Builder continueAt(String path) {
      challengeSteps.get(challengeSteps.size() - 1).continuePath = path;
      return this;
    }

    /** Where a failure's code, message and field are read; empty paths are not read. */
    public Builder failureDetails(String code, String message, String field) {
      this.codePath = code;
      this.messagePath = message;
      this.fieldPath = field;
      return this;
    }

    /** A message equal to {@code literal} (after trimming) means {@code reason}. */
    public Builder onMessage(FailureReason reason, String literal) {
      messageRules.add(MessageRule.equalTo(reason, literal));
      return this;
    }

    /**
     * A message wholly matching {@code regex} means {@code reason}; named groups become details.
     */
    public Builder onMessageMatching(FailureReason reason, String regex) {
      messageRules.add(MessageRule.matching(reason, regex));
      return this;
    }

    /**
     * An object at {@code path} mapping field names to messages means {@code reason} when not
     * empty.
     */
    public Builder fieldErrors(String path, FailureReason reason) {
      this.fieldErrorsPath = path;
      this.fieldErrorsReason = reason;
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

    /**
     * On a failure for {@code when}, send the login once more with {@code param} set to {@code
     * value}.
     */
    public Builder retryOnce(FailureReason when, String param, String value) {
      this.retryWhen = when;
      this.retryParam = param;
      this.retryValue = value;
      return this;
    }

    /** The request {@code Content-Type} the provider documents, checked at compile time. */
    public Builder contentType(String type) {
      this.contentType = type;
      return this;
    }

    /** Body paths the session is built from. */
    public Builder reads(String... paths) {
      reads.addAll(List.of(paths));
      return this;
    }

    /** The compiled operation. */
    public Operation build() {
      Operation op = new Operation(this);
      for (ChallengeStep step : challengeSteps) {
        if (step.continuePath != null) {
          step.continuation = new Operation(this, step.continuePath);
        }
      }
      return op;
    }
  }
}
