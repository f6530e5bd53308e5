package test;

import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface CodeTableWithoutCodePath {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @FailureDetails(message = "msg")
  @OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
  Session login(@Param("user") String user);
}
