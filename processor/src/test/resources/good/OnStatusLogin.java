package test;

import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnStatus;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** HTTP statuses mapped onto LoginKit's reasons. */
@LoginApi(baseUrl = "https://api.example.com")
public interface OnStatusLogin {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @OnStatus(value = 402, reason = FailureReason.INVALID_CREDENTIALS)
  @OnStatus(value = {409, 410}, reason = FailureReason.SESSION_CONFLICT)
  Session login(@Param("user") String user);
}
