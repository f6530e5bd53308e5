package test;

import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.RetryOnce;

@LoginApi(baseUrl = "https://api.example.com")
public interface RetryParamUnknown {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @FailureDetails(code = "rc")
  @OnCode(value = "5", reason = FailureReason.SESSION_CONFLICT)
  @RetryOnce(
      when = FailureReason.SESSION_CONFLICT,
      param = "kil",
      value = "possess")
  Session login(@Param("uid") String uid, @Param("kill") @Default("no") String kill);
}
