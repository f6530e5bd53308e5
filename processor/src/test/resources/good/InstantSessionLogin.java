package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import java.time.Instant;

/** Session components read as java.time.Instant, required and optional. */
@LoginApi(baseUrl = "https://api.example.com")
public interface InstantSessionLogin {
  record Session(
      @Field("sid") String sid,
      @Field("issued_at") Instant issuedAt,
      @Field(value = "expires_at", optional = true) Instant expiresAt) {}

  @Post("/login")
  Session login(@Param("user") String user);
}
