package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A sealed interface that permits its generated client. */
@LoginApi(baseUrl = "https://api.example.com")
public sealed interface SealedPermits permits SealedPermitsClient {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user);
}
