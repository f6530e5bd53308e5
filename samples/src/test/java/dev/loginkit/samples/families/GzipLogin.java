package dev.loginkit.samples.families;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

/** A JSON login whose server compresses its answers with gzip. */
@LoginApi(baseUrl = "https://gzip.example.test")
public interface GzipLogin {

  /** The session. */
  record Session(@Field("sessionId") String sessionId, @Field("motd") String messageOfTheDay) {}

  /** Posts JSON. */
  @Post(value = "/login", body = BodyEncoding.JSON)
  @FailureDetails(message = "message")
  Session login(@Param("user") String user, @Param("password") @Secret String password);
}
