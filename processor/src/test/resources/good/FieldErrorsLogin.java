package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.FieldErrors;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

/** Per-field validation errors that mean wrong credentials rather than a malformed request. */
@LoginApi(baseUrl = "https://api.example.com")
public interface FieldErrorsLogin {
  record Session(@Field("token") String token) {}

  @Post(value = "/login", body = BodyEncoding.JSON)
  @FieldErrors(value = "errors", reason = FailureReason.INVALID_CREDENTIALS)
  Session login(@Param("email") String email, @Param("password") @Secret String password);
}
