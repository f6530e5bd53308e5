package test;

import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;

/** The provider's error codes mapped onto LoginKit's reasons. */
@LoginApi(baseUrl = "https://api.example.com")
public interface OnCodeLogin {
  record Session(@Field("sid") String sid) {}

  @Get(value = "/gw.k", format = Format.XML)
  @FailureDetails(code = "rc")
  @OnCode(value = {"1", "2", "3"}, reason = FailureReason.MISSING_CREDENTIALS)
  @OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
  Session login(@Param("uid") String user);
}
