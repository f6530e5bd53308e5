package test;

import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/**
 * Message rules: a literal with quotes, and regular expressions whose backslashes and named groups
 * must reach the client unchanged.
 */
@LoginApi(baseUrl = "https://api.example.com")
public interface OnMessageLogin {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @FailureDetails(message = "error/message")
  @OnMessage(equals = "Sorry, \"guest\" may not log in.", reason = FailureReason.ACCESS_DENIED)
  @OnMessage(matches = "Access denied from (?<ip>\\S+) at (?<time>\\d{2}:\\d{2})\\.", reason = FailureReason.ACCESS_DENIED)
  @OnMessage(matches = "(?i)account (?<user>[^\\\\/]+) is locked\\b.*", reason = FailureReason.ACCOUNT_LOCKED)
  Session login(@Param("user") String user);
}
