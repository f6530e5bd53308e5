package test;

import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.SuccessWhen;

/** Outcome rules declared once on the interface; a method's own annotation replaces the default. */
@LoginApi(baseUrl = "https://api.example.com")
@SuccessWhen(path = "rc", equals = "0")
@FailureDetails(code = "rc", message = "msg")
@OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
@OnCode(value = "5", reason = FailureReason.SESSION_CONFLICT)
public interface InterfaceDefaultsLogin {
  @Get(value = "/login", format = Format.XML)
  Session login(@Param("user") String user);

  @Get(value = "/login2", format = Format.XML)
  @OnCode(value = "9", reason = FailureReason.ACCOUNT_LOCKED)
  Session loginWithOwnTable(@Param("user") String user);

  record Session(@dev.loginkit.annotations.Field("sid") String sid) {}
}
