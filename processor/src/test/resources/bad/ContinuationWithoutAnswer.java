package test;

import dev.loginkit.annotations.ChallengeWhen;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface ContinuationWithoutAnswer {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @ChallengeWhen(status = 401, continueAt = "/login/mfa")
  Session login(@Param("uid") String uid);
}
