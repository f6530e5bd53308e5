package dev.loginkit.samples.families;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

/**
 * A {@code multipart/form-data} login, one part per parameter; a record travels as one JSON part.
 */
@LoginApi(baseUrl = "https://upload.example.test")
public interface MultipartLogin {

  /** Where the login comes from; sent as JSON text in one part. */
  record Device(
      @Param("id") String id, @Param("trusted") boolean trusted, @Param("screens") int screens) {}

  /** The session. */
  record Session(@Field("sessionId") String sessionId) {}

  /** Posts the parts. */
  @Post(value = "/api/login", body = BodyEncoding.MULTIPART)
  Session login(
      @Param("login") String login,
      @Param("passwd") @Secret String password,
      @Param("ttl") int ttlSeconds,
      @Param(value = "device", required = false) Device device,
      @Param(value = "otp", required = false) @Secret String otp);
}
