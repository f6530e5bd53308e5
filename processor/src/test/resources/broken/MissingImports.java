package test;

import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** FailureReason and BodyEncoding are not imported. */
@LoginApi(baseUrl = "https://api.example.com")
public interface MissingImports {
  record Session(@Field("sid") String sid) {}

  @Post(value = "/login", body = BodyEncoding.JSON)
  @FailureDetails(code = "rc")
  @OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
  Session login(@Param("user") String user);
}
