package test;

import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.RetryOnce;

/** A declared fallback that changes a parameter, and one that changes a constant. */
@LoginApi(baseUrl = "https://api.example.com")
public interface RetryOnceLogin {
  record Session(@Field("sid") String sid) {}

  @Get(value = "/gw", format = Format.XML)
  @Constant(name = "api", value = "login")
  @FailureDetails(code = "rc")
  @OnCode(value = "5", reason = FailureReason.SESSION_CONFLICT)
  @RetryOnce(when = FailureReason.SESSION_CONFLICT, param = "kill", value = "possess")
  Session login(@Param("uid") String uid, @Param("kill") @Default("no") String kill);

  @Get(value = "/gw", format = Format.XML)
  @Constant(name = "api", value = "resume")
  @Constant(name = "mode", value = "join")
  @FailureDetails(code = "rc")
  @OnCode(value = "429", reason = FailureReason.RATE_LIMITED)
  @RetryOnce(when = FailureReason.RATE_LIMITED, param = "mode", value = "wait")
  Session resume(@Param("uid") String uid);
}
