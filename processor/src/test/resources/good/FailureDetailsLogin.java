package test;

import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** Where a refusal states its code, message and offending field. */
@LoginApi(baseUrl = "https://api.example.com")
public interface FailureDetailsLogin {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @FailureDetails(code = "error/code", message = "error/message", field = "error/field")
  Session login(@Param("user") String user);
}
