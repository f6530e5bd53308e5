package dev.loginkit.processor;

import dev.loginkit.internal.Operation;
import dev.loginkit.internal.SoapSpec;
import dev.loginkit.processor.model.FieldModel;
import dev.loginkit.processor.model.OperationModel;
import dev.loginkit.processor.model.OutcomeModel;
import dev.loginkit.processor.model.SessionModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds, inside the compiler, the same runtime {@link Operation} the generated client builds in
 * its static initializer, so that {@code @Example}s are classified by the very code a call runs.
 * Keep it in step with {@link ClientWriter#operationField}.
 */
final class OperationFactory {
  private OperationFactory() {}

  static Operation build(OperationModel op) {
    Operation.Builder b =
        op.body() == null
            ? Operation.get(op.methodName(), op.path(), op.format())
            : Operation.post(op.methodName(), op.path(), op.body(), op.format());
    if (!op.contentType().isEmpty()) {
      b.contentType(op.contentType());
    }
    if (op.soap() != null) {
      b.soap(
          new SoapSpec(
              op.soap().version(),
              op.soap().namespace(),
              op.soap().operation(),
              op.soap().action(),
              op.soap().rpc(),
              op.soap().encoded()));
    }
    if (op.xmlRpc() != null) {
      b.xmlRpc(op.xmlRpc().method(), op.xmlRpc().struct());
    }
    OutcomeModel outcome = op.outcome();
    if (outcome.successPath() != null) {
      b.successWhen(outcome.successPath(), outcome.successValues().toArray(new String[0]));
    }
    for (OutcomeModel.Challenge rule : outcome.challenges()) {
      int[] statuses = rule.statuses().stream().mapToInt(Integer::intValue).toArray();
      b.challengeWhen(rule.reason(), statuses, rule.path(), rule.values().toArray(new String[0]));
      if (!rule.answer().isEmpty()) {
        b.answeredBy(rule.answer());
      }
      for (java.util.Map.Entry<String, String> echo : rule.echo().entrySet()) {
        b.echo(echo.getKey(), echo.getValue());
      }
      if (!rule.continueAt().isEmpty()) {
        b.continueAt(rule.continueAt());
      }
    }
    b.failureDetails(outcome.codePath(), outcome.messagePath(), outcome.fieldPath());
    for (OutcomeModel.MessageRule rule : outcome.messages()) {
      if (rule.matches().isEmpty()) {
        b.onMessage(rule.reason(), rule.equals());
      } else {
        b.onMessageMatching(rule.reason(), rule.matches());
      }
    }
    if (!outcome.fieldErrorsPath().isEmpty()) {
      b.fieldErrors(outcome.fieldErrorsPath(), outcome.fieldErrorsReason());
    }
    for (OutcomeModel.CodeRow row : outcome.codes()) {
      b.onCode(row.reason(), row.codes().toArray(new String[0]));
    }
    for (OutcomeModel.StatusRow row : outcome.statuses()) {
      b.onStatus(row.reason(), row.statuses().stream().mapToInt(Integer::intValue).toArray());
    }
    if (outcome.retry() != null) {
      b.retryOnce(outcome.retry().when(), outcome.retry().param(), outcome.retry().value());
    }
    List<String> reads = new ArrayList<>();
    bodyPaths(op.session(), reads);
    b.reads(reads.toArray(new String[0]));
    return b.build();
  }

  /** The body paths a session reads, in declaration order, each once. */
  static void bodyPaths(SessionModel session, List<String> out) {
    for (FieldModel field : session.fields()) {
      if (field.nested() != null) {
        bodyPaths(field.nested(), out);
      } else if (field.from() == dev.loginkit.annotations.From.BODY
          && !out.contains(field.name())) {
        out.add(field.name());
      }
    }
  }
}
