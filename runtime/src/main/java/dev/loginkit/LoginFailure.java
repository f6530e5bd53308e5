package dev.loginkit;

import dev.loginkit.annotations.FailureReason;
import java.util.Map;
import java.util.Objects;

/**
 * Why a login did not produce a session: LoginKit's {@link FailureReason} plus what the provider
 * said. Texts coming from the server have every secret of the call replaced by {@code ***}.
 *
 * <pre>{@code
 * LoginFailure f = ((LoginResult.Failure<?>) result).failure();
 * if (f.reason() == FailureReason.INVALID_CREDENTIALS) log.info("rejected: code {} {}", f.code(), f.message());
 * }</pre>
 *
 * @param reason the classification
 * @param code the provider's own error code, or {@code null}
 * @param message the provider's message (or LoginKit's, for protocol and transport errors), or
 *     {@code null}
 * @param field the request field the provider blamed, or {@code null}
 * @param httpStatus the HTTP status, or 0 when no response arrived
 * @param details further named values (e.g. a captured IP address); never {@code null}
 */
public record LoginFailure(
    FailureReason reason,
    String code,
    String message,
    String field,
    int httpStatus,
    Map<String, String> details) {

  /**
   * Detail key of a {@code TRANSPORT_ERROR}: {@code "false"} when the request certainly never
   * reached the server, {@code "true"} otherwise.
   */
  public static final String MAY_HAVE_BEEN_PROCESSED = "mayHaveBeenProcessed";

  /**
   * Detail key of a {@code TRANSPORT_ERROR}: {@code "true"} when the login's deadline ({@link
   * LoginClientConfig#loginTimeout()}) passed before its answer was read.
   */
  public static final String TIMED_OUT = "timedOut";

  /** Detail key of a {@code PROTOCOL_ERROR}: {@code "true"} when the body exceeded the size cap. */
  public static final String RESPONSE_TOO_LARGE = "responseTooLarge";

  /** Detail key next to {@link #RESPONSE_TOO_LARGE}: the cap in bytes. */
  public static final String MAX_RESPONSE_BYTES = "maxResponseBytes";

  /**
   * Validates and copies.
   *
   * @param reason the reason
   * @param code the provider's code, or {@code null}
   * @param message the message, or {@code null}
   * @param field the field it concerns, or {@code null}
   * @param httpStatus the HTTP status, or 0 when no response arrived
   * @param details further named values, or {@code null} for none
   */
  public LoginFailure {
    Objects.requireNonNull(reason, "reason");
    details = details == null ? Map.of() : Map.copyOf(details);
  }

  /**
   * {@return a failure with only a reason and a message, e.g. a protocol or transport error}
   *
   * @param reason the reason
   * @param message the message, redacted
   * @param httpStatus the HTTP status, or 0 when no response arrived
   */
  public static LoginFailure of(FailureReason reason, String message, int httpStatus) {
    return new LoginFailure(reason, null, message, null, httpStatus, Map.of());
  }

  /** {@return whether this is a {@code PROTOCOL_ERROR} for a body over the size cap} */
  public boolean responseTooLarge() {
    return "true".equals(details.get(RESPONSE_TOO_LARGE));
  }

  /**
   * {@return one line for logs: {@code INVALID_CREDENTIALS (HTTP 200, code 4, field login):
   * Incorrect…}}
   */
  public String summary() {
    StringBuilder out = new StringBuilder(reason.name());
    String sep = " (";
    if (httpStatus != 0) {
      out.append(sep).append("HTTP ").append(httpStatus);
      sep = ", ";
    }
    if (code != null) {
      out.append(sep).append("code ").append(code);
      sep = ", ";
    }
    if (field != null) {
      out.append(sep).append("field ").append(field);
      sep = ", ";
    }
    if (!sep.equals(" (")) {
      out.append(')');
    }
    if (message != null) {
      out.append(": ").append(message);
    }
    return out.toString();
  }
}
