package test;

import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A code path is not a message path: the rule has nothing to match. */
@LoginApi(baseUrl = "https://api.example.com")
public interface MessageRuleWithoutMessage {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @FailureDetails(code = "rc")
  @OnMessage(equals = "Login failed.", reason = FailureReason.INVALID_CREDENTIALS)
  Session login(@Param("user") String user);
}
