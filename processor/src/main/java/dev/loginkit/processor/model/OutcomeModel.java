package dev.loginkit.processor.model;

import dev.loginkit.annotations.FailureReason;
import java.util.List;

/**
 * How one operation's responses are classified; mirrors the runtime {@code Operation} builder.
 *
 * @param successPath the success rule's path, or {@code null} for "any 2xx"
 * @param successValues accepted values (empty: present and non-empty)
 * @param challenges challenge rules, in order
 * @param codePath failure code path ("" when none)
 * @param messagePath failure message path ("" when none)
 * @param fieldPath failure field path ("" when none)
 * @param codes the code table
 * @param statuses the status table
 * @param messages message rules, in order
 * @param fieldErrorsPath the {@code @FieldErrors} path ("" when none)
 * @param fieldErrorsReason what field errors mean
 * @param retry the declared {@code @RetryOnce}, or {@code null}
 */
public record OutcomeModel(
    String successPath,
    List<String> successValues,
    List<Challenge> challenges,
    String codePath,
    String messagePath,
    String fieldPath,
    List<CodeRow> codes,
    List<StatusRow> statuses,
    List<MessageRule> messages,
    String fieldErrorsPath,
    FailureReason fieldErrorsReason,
    Retry retry) {
  public OutcomeModel {
    messages = List.copyOf(messages);
    successValues = List.copyOf(successValues);
    challenges = List.copyOf(challenges);
    codes = List.copyOf(codes);
    statuses = List.copyOf(statuses);
  }

  /**
   * A challenge rule.
   *
   * @param reason kind of challenge
   * @param statuses statuses (empty: any)
   * @param path body path ("" : status only)
   * @param values accepted values
   * @param answer wire name of the answering parameter ("" when it cannot be continued)
   * @param echo wire name → body path of response values sent back with the answer
   * @param continueAt the continuation's path ("" for the login's own)
   */
  public record Challenge(
      FailureReason reason,
      List<Integer> statuses,
      String path,
      List<String> values,
      String answer,
      java.util.Map<String, String> echo,
      String continueAt) {}

  /**
   * A message rule: exactly one of {@code equals} and {@code matches} is non-empty.
   *
   * @param reason the reason
   * @param equals the literal message
   * @param matches the regular expression
   */
  public record MessageRule(FailureReason reason, String equals, String matches) {}

  /**
   * {@code @RetryOnce}: after a failure for {@code when}, send once more with {@code param =
   * value}.
   *
   * @param when the triggering reason
   * @param param the wire name to change
   * @param value its new value
   */
  public record Retry(FailureReason when, String param, String value) {}

  /**
   * Codes meaning one reason.
   *
   * @param reason the reason
   * @param codes the provider's codes
   */
  public record CodeRow(FailureReason reason, List<String> codes) {}

  /**
   * Statuses meaning one reason.
   *
   * @param reason the reason
   * @param statuses the HTTP statuses
   */
  public record StatusRow(FailureReason reason, List<Integer> statuses) {}
}
