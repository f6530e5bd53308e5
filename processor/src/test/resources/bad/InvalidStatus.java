package test;

import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnStatus;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface InvalidStatus {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @OnStatus(value = 4010, reason = FailureReason.INVALID_CREDENTIALS)
  Session login(@Param("user") String user);
}
