package test;

import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface DuplicateCode {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @FailureDetails(code = "rc")
  @OnCode(value = {"3", "4"}, reason = FailureReason.MISSING_CREDENTIALS)
  @OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
  Session login(@Param("user") String user);
}
