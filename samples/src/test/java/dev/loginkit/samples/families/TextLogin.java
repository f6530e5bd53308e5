package dev.loginkit.samples.families;

import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.SuccessWhen;

/**
 * An old CGI login that answers in plain text, {@code Ok.} or {@code Fails.}, with the session in a
 * header.
 */
@LoginApi(baseUrl = "https://cgi.example.test")
public interface TextLogin {

  /** The session, from the response headers only. */
  record Session(
      @Field(value = "X-Session-Id", from = From.HEADER) String sessionId,
      @Field(value = "X-Session-Ttl", from = From.HEADER, optional = true) int ttl) {}

  /** Posts the form; the whole body, trimmed, is the answer. */
  @Post(value = "/cgi-bin/login.cgi", format = Format.TEXT)
  @SuccessWhen(path = ".", equals = "Ok.")
  @FailureDetails(message = ".")
  @OnMessage(equals = "Fails.", reason = FailureReason.INVALID_CREDENTIALS)
  @OnMessage(matches = "Locked until (?<until>\\S+)\\.", reason = FailureReason.ACCOUNT_LOCKED)
  Session login(@Param("user") String user, @Param("pass") @Secret String password);
}
