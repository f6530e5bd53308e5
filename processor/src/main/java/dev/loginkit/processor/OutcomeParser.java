package dev.loginkit.processor;

import dev.loginkit.annotations.ChallengeRules;
import dev.loginkit.annotations.ChallengeWhen;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.FieldErrors;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.OnCodes;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.OnMessages;
import dev.loginkit.annotations.OnStatus;
import dev.loginkit.annotations.OnStatuses;
import dev.loginkit.annotations.RetryOnce;
import dev.loginkit.annotations.SuccessWhen;
import dev.loginkit.processor.model.OutcomeModel;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/** Reads a method's success, challenge and failure declarations into an {@link OutcomeModel}. */
final class OutcomeParser {
  private final Diagnostics diagnostics;

  OutcomeParser(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * @param faults whether the answer can be a SOAP or XML-RPC fault, whose string message rules
   *     match
   */
  OutcomeModel parse(ExecutableElement method, boolean faults) {
    String name = method.getSimpleName().toString();

    String successPath = null;
    List<String> successValues = List.of();
    Element at = declaring(method, SuccessWhen.class, null);
    SuccessWhen success = at.getAnnotation(SuccessWhen.class);
    if (success != null) {
      AnnotationMirror mirror = Mirrors.find(at, SuccessWhen.class);
      if (success.path().isEmpty()) {
        diagnostics.error(at, mirror, null, Message.RULE_WITHOUT_PATH, "SuccessWhen", name);
      } else {
        checkBodyPath(at, mirror, "path", success.path());
      }
      successPath = success.path();
      successValues = List.of(success.equals());
    }

    List<OutcomeModel.Challenge> challenges = new ArrayList<>();
    at = declaring(method, ChallengeWhen.class, ChallengeRules.class);
    AnnotationMirror challengeMirror = repeatable(at, ChallengeWhen.class, ChallengeRules.class);
    for (ChallengeWhen rule : at.getAnnotationsByType(ChallengeWhen.class)) {
      if (rule.path().isEmpty() && rule.status().length == 0) {
        diagnostics.error(
            at, challengeMirror, null, Message.RULE_WITHOUT_PATH, "ChallengeWhen", name);
      } else if (!rule.path().isEmpty() && !Syntax.isBodyPath(rule.path())) {
        diagnostics.error(at, challengeMirror, null, Message.INVALID_BODY_PATH, rule.path());
      }
      checkStatuses(at, challengeMirror, rule.status());
      java.util.Map<String, String> echo = new java.util.LinkedHashMap<>();
      for (String pair : rule.echo()) {
        int eq = pair.indexOf('=');
        if (eq <= 0 || !Syntax.isBodyPath(pair.substring(eq + 1))) {
          diagnostics.error(at, challengeMirror, null, Message.INVALID_ECHO, pair, name);
        } else {
          echo.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
      if (!rule.continueAt().isEmpty() && !Syntax.isRequestPath(rule.continueAt())) {
        diagnostics.error(at, challengeMirror, null, Message.INVALID_PATH, rule.continueAt());
      }
      if (rule.answer().isEmpty() && (rule.echo().length > 0 || !rule.continueAt().isEmpty())) {
        diagnostics.error(at, challengeMirror, null, Message.CONTINUATION_WITHOUT_ANSWER, name);
      }
      challenges.add(
          new OutcomeModel.Challenge(
              rule.reason(),
              boxed(rule.status()),
              rule.path(),
              List.of(rule.equals()),
              rule.answer(),
              echo,
              rule.continueAt()));
    }

    at = declaring(method, FailureDetails.class, null);
    FailureDetails details = at.getAnnotation(FailureDetails.class);
    String codePath = "";
    String messagePath = "";
    String fieldPath = "";
    if (details != null) {
      AnnotationMirror mirror = Mirrors.find(at, FailureDetails.class);
      codePath = optionalPath(at, mirror, "code", details.code());
      messagePath = optionalPath(at, mirror, "message", details.message());
      fieldPath = optionalPath(at, mirror, "field", details.field());
    }

    List<OutcomeModel.CodeRow> codes = new ArrayList<>();
    at = declaring(method, OnCode.class, OnCodes.class);
    AnnotationMirror codeMirror = repeatable(at, OnCode.class, OnCodes.class);
    Set<String> seenCodes = new HashSet<>();
    for (OnCode row : at.getAnnotationsByType(OnCode.class)) {
      for (String code : row.value()) {
        if (!seenCodes.add(code)) {
          diagnostics.error(at, codeMirror, null, Message.DUPLICATE_CODE, code, name);
        }
      }
      codes.add(new OutcomeModel.CodeRow(row.reason(), List.of(row.value())));
    }
    if (!codes.isEmpty() && codePath.isEmpty()) {
      diagnostics.error(at, codeMirror, null, Message.CODE_TABLE_WITHOUT_CODE_PATH, name);
    }

    List<OutcomeModel.StatusRow> statuses = new ArrayList<>();
    at = declaring(method, OnStatus.class, OnStatuses.class);
    AnnotationMirror statusMirror = repeatable(at, OnStatus.class, OnStatuses.class);
    Set<Integer> seenStatuses = new HashSet<>();
    for (OnStatus row : at.getAnnotationsByType(OnStatus.class)) {
      checkStatuses(at, statusMirror, row.value());
      for (int status : row.value()) {
        if (!seenStatuses.add(status)) {
          diagnostics.error(at, statusMirror, null, Message.DUPLICATE_STATUS, status, name);
        }
      }
      statuses.add(new OutcomeModel.StatusRow(row.reason(), boxed(row.value())));
    }

    List<OutcomeModel.MessageRule> messages = new ArrayList<>();
    at = declaring(method, OnMessage.class, OnMessages.class);
    AnnotationMirror messageMirror = repeatable(at, OnMessage.class, OnMessages.class);
    for (OnMessage rule : at.getAnnotationsByType(OnMessage.class)) {
      if (rule.equals().isEmpty() == rule.matches().isEmpty()) {
        diagnostics.error(at, messageMirror, null, Message.MESSAGE_RULE_NEEDS_ONE_TEST, name);
        continue;
      }
      if (!rule.matches().isEmpty()) {
        try {
          Pattern.compile(rule.matches());
        } catch (PatternSyntaxException e) {
          diagnostics.error(
              at,
              messageMirror,
              null,
              Message.INVALID_REGEX,
              rule.matches(),
              name,
              e.getDescription());
          continue;
        }
      }
      messages.add(new OutcomeModel.MessageRule(rule.reason(), rule.equals(), rule.matches()));
    }
    if (!messages.isEmpty() && messagePath.isEmpty() && !faults) {
      diagnostics.error(at, messageMirror, null, Message.MESSAGE_RULE_WITHOUT_MESSAGE, name);
    }

    String fieldErrorsPath = "";
    FailureReason fieldErrorsReason = FailureReason.INVALID_REQUEST;
    at = declaring(method, FieldErrors.class, null);
    FieldErrors fieldErrors = at.getAnnotation(FieldErrors.class);
    if (fieldErrors != null) {
      checkBodyPath(at, Mirrors.find(at, FieldErrors.class), "value", fieldErrors.value());
      fieldErrorsPath = fieldErrors.value();
      fieldErrorsReason = fieldErrors.reason();
    }

    RetryOnce retry = declaring(method, RetryOnce.class, null).getAnnotation(RetryOnce.class);
    return new OutcomeModel(
        successPath,
        successValues,
        challenges,
        codePath,
        messagePath,
        fieldPath,
        codes,
        statuses,
        messages,
        fieldErrorsPath,
        fieldErrorsReason,
        retry == null ? null : new OutcomeModel.Retry(retry.when(), retry.param(), retry.value()));
  }

  /**
   * Where an outcome annotation applies from: the method when it carries one (or its container),
   * else the interface, whose outcome annotations are defaults for every method.
   */
  static Element declaring(
      ExecutableElement method,
      Class<? extends Annotation> single,
      Class<? extends Annotation> container) {
    boolean own =
        method.getAnnotation(single) != null
            || (container != null && method.getAnnotation(container) != null);
    return own ? method : method.getEnclosingElement();
  }

  private static AnnotationMirror repeatable(Element element, Class<?> single, Class<?> container) {
    AnnotationMirror mirror = Mirrors.find(element, single);
    return mirror != null ? mirror : Mirrors.find(element, container);
  }

  private String optionalPath(Element method, AnnotationMirror mirror, String member, String path) {
    if (!path.isEmpty()) {
      checkBodyPath(method, mirror, member, path);
    }
    return path;
  }

  private void checkBodyPath(Element method, AnnotationMirror mirror, String member, String path) {
    if (!Syntax.isBodyPath(path)) {
      diagnostics.error(
          method, mirror, Mirrors.value(mirror, member), Message.INVALID_BODY_PATH, path);
    }
  }

  private void checkStatuses(Element method, AnnotationMirror mirror, int[] statuses) {
    for (int status : statuses) {
      if (status < 100 || status > 599) {
        diagnostics.error(method, mirror, null, Message.INVALID_STATUS, status);
      }
    }
  }

  private static List<Integer> boxed(int[] values) {
    List<Integer> out = new ArrayList<>(values.length);
    for (int value : values) {
      out.add(value);
    }
    return out;
  }
}
