package dev.loginkit.processor;

import dev.loginkit.annotations.ChallengeRules;
import dev.loginkit.annotations.ChallengeWhen;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.FieldErrors;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.OnMessages;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.OnCodes;
import dev.loginkit.annotations.OnStatus;
import dev.loginkit.annotations.OnStatuses;
import dev.loginkit.annotations.RetryOnce;
import dev.loginkit.annotations.SuccessWhen;
import dev.loginkit.processor.model.OutcomeModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/** Reads a method's success, challenge and failure declarations into an {@link OutcomeModel}. */
final class OutcomeParser {
  private final Diagnostics diagnostics;

  OutcomeParser(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * @param faults whether the answer can be a SOAP or XML-RPC fault, whose string message rules match
   */
  OutcomeModel parse(ExecutableElement method, boolean faults) {
    String name = method.getSimpleName().toString();

    String successPath = null;
    List<String> successValues = List.of();
    SuccessWhen success = method.getAnnotation(SuccessWhen.class);
    if (success != null) {
      AnnotationMirror mirror = Mirrors.find(method, SuccessWhen.class);
      if (success.path().isEmpty()) {
        diagnostics.error(method, mirror, null, Message.RULE_WITHOUT_PATH, "SuccessWhen", name);
      } else {
        checkBodyPath(method, mirror, "path", success.path());
      }
      successPath = success.path();
      successValues = List.of(success.equals());
    }

    List<OutcomeModel.Challenge> challenges = new ArrayList<>();
    AnnotationMirror challengeMirror = repeatable(method, ChallengeWhen.class, ChallengeRules.class);
    for (ChallengeWhen rule : method.getAnnotationsByType(ChallengeWhen.class)) {
      if (rule.path().isEmpty() && rule.status().length == 0) {
        diagnostics.error(method, challengeMirror, null, Message.RULE_WITHOUT_PATH, "ChallengeWhen", name);
      } else if (!rule.path().isEmpty() && !Syntax.isBodyPath(rule.path())) {
        diagnostics.error(method, challengeMirror, null, Message.INVALID_BODY_PATH, rule.path());
      }
      checkStatuses(method, challengeMirror, rule.status());
      challenges.add(
          new OutcomeModel.Challenge(
              rule.reason(), boxed(rule.status()), rule.path(), List.of(rule.equals()), rule.answer()));
    }

    FailureDetails details = method.getAnnotation(FailureDetails.class);
    String codePath = "";
    String messagePath = "";
    String fieldPath = "";
    if (details != null) {
      AnnotationMirror mirror = Mirrors.find(method, FailureDetails.class);
      codePath = optionalPath(method, mirror, "code", details.code());
      messagePath = optionalPath(method, mirror, "message", details.message());
      fieldPath = optionalPath(method, mirror, "field", details.field());
    }

    List<OutcomeModel.CodeRow> codes = new ArrayList<>();
    AnnotationMirror codeMirror = repeatable(method, OnCode.class, OnCodes.class);
    Set<String> seenCodes = new HashSet<>();
    for (OnCode row : method.getAnnotationsByType(OnCode.class)) {
      for (String code : row.value()) {
        if (!seenCodes.add(code)) {
          diagnostics.error(method, codeMirror, null, Message.DUPLICATE_CODE, code, name);
        }
      }
      codes.add(new OutcomeModel.CodeRow(row.reason(), List.of(row.value())));
    }
    if (!codes.isEmpty() && codePath.isEmpty()) {
      diagnostics.error(method, codeMirror, null, Message.CODE_TABLE_WITHOUT_CODE_PATH, name);
    }

    List<OutcomeModel.StatusRow> statuses = new ArrayList<>();
    AnnotationMirror statusMirror = repeatable(method, OnStatus.class, OnStatuses.class);
    Set<Integer> seenStatuses = new HashSet<>();
    for (OnStatus row : method.getAnnotationsByType(OnStatus.class)) {
      checkStatuses(method, statusMirror, row.value());
      for (int status : row.value()) {
        if (!seenStatuses.add(status)) {
          diagnostics.error(method, statusMirror, null, Message.DUPLICATE_STATUS, status, name);
        }
      }
      statuses.add(new OutcomeModel.StatusRow(row.reason(), boxed(row.value())));
    }

    List<OutcomeModel.MessageRule> messages = new ArrayList<>();
    AnnotationMirror messageMirror = repeatable(method, OnMessage.class, OnMessages.class);
    for (OnMessage rule : method.getAnnotationsByType(OnMessage.class)) {
      if (rule.equals().isEmpty() == rule.matches().isEmpty()) {
        diagnostics.error(method, messageMirror, null, Message.MESSAGE_RULE_NEEDS_ONE_TEST, name);
        continue;
      }
      if (!rule.matches().isEmpty()) {
        try {
          Pattern.compile(rule.matches());
        } catch (PatternSyntaxException e) {
          diagnostics.error(method, messageMirror, null, Message.INVALID_REGEX, rule.matches(), name,
              e.getDescription());
          continue;
        }
      }
      messages.add(new OutcomeModel.MessageRule(rule.reason(), rule.equals(), rule.matches()));
    }
    if (!messages.isEmpty() && messagePath.isEmpty() && !faults) {
      diagnostics.error(method, messageMirror, null, Message.MESSAGE_RULE_WITHOUT_MESSAGE, name);
    }

    String fieldErrorsPath = "";
    FailureReason fieldErrorsReason = FailureReason.INVALID_REQUEST;
    FieldErrors fieldErrors = method.getAnnotation(FieldErrors.class);
    if (fieldErrors != null) {
      checkBodyPath(method, Mirrors.find(method, FieldErrors.class), "value", fieldErrors.value());
      fieldErrorsPath = fieldErrors.value();
      fieldErrorsReason = fieldErrors.reason();
    }

    return new OutcomeModel(
        successPath, successValues, challenges, codePath, messagePath, fieldPath, codes, statuses,
        messages, fieldErrorsPath, fieldErrorsReason, retry(method));
  }

  private static OutcomeModel.Retry retry(ExecutableElement method) {
    RetryOnce retry = method.getAnnotation(RetryOnce.class);
    return retry == null ? null : new OutcomeModel.Retry(retry.when(), retry.param(), retry.value());
  }

  private static AnnotationMirror repeatable(ExecutableElement method, Class<?> single, Class<?> container) {
    AnnotationMirror mirror = Mirrors.find(method, single);
    return mirror != null ? mirror : Mirrors.find(method, container);
  }

  private String optionalPath(ExecutableElement method, AnnotationMirror mirror, String member, String path) {
    if (!path.isEmpty()) {
      checkBodyPath(method, mirror, member, path);
    }
    return path;
  }

  private void checkBodyPath(ExecutableElement method, AnnotationMirror mirror, String member, String path) {
    if (!Syntax.isBodyPath(path)) {
      diagnostics.error(method, mirror, Mirrors.value(mirror, member), Message.INVALID_BODY_PATH, path);
    }
  }

  private void checkStatuses(ExecutableElement method, AnnotationMirror mirror, int[] statuses) {
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
