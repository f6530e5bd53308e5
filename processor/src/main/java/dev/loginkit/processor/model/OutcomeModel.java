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
 */
public record OutcomeModel(
    String successPath,
    List<String> successValues,
    List<Challenge> challenges,
    String codePath,
    String messagePath,
    String fieldPath,
    List<CodeRow> codes,
    List<StatusRow> statuses) {
  public OutcomeModel {
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
   */
  public record Challenge(FailureReason reason, List<Integer> statuses, String path, List<String> values) {}

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
