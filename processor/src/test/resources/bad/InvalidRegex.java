package test;

import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface InvalidRegex {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @FailureDetails(message = "message")
  @OnMessage(matches = "Access denied from (?<ip\\S+)", reason = FailureReason.ACCESS_DENIED)
  Session login(@Param("user") String user);
}
