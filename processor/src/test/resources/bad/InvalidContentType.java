package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface InvalidContentType {
  record Session(@Field("token") String token) {}

  @Post(value = "/login", body = BodyEncoding.JSON,
      contentType = "text/plain")
  Session login(@Param("user") String user);
}
