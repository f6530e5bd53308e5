package test;

import dev.loginkit.annotations.ChallengeWhen;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.OnStatus;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.SuccessWhen;

/** Empty arrays wherever an annotation takes one, a method without parameters, a record without components. */
@LoginApi(baseUrl = "https://api.example.com")
public interface EmptyArrays {
  record Nothing() {}

  @Post("/login")
  @SuccessWhen(path = "ok", equals = {})
  @ChallengeWhen(status = {}, path = "otp", equals = {})
  @FailureDetails(code = "rc")
  @OnCode(value = {}, reason = FailureReason.UNKNOWN)
  @OnStatus(value = {}, reason = FailureReason.RATE_LIMITED)
  Nothing login();
}
