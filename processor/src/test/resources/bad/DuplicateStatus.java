package test;

import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnStatus;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface DuplicateStatus {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @OnStatus(value = {409, 410, 409}, reason = FailureReason.SESSION_CONFLICT)
  Session login(@Param("user") String user);
}
