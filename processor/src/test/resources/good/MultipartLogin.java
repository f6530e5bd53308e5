package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

/** A POST with a multipart/form-data body. */
@LoginApi(baseUrl = "https://api.example.com")
public interface MultipartLogin {
  record Session(@Field("token") String token) {}

  @Post(value = "/login", body = BodyEncoding.MULTIPART)
  Session login(
      @Param("login") String login,
      @Param("passwd") @Secret String password,
      @Param(value = "remember", required = false) String remember);
}
