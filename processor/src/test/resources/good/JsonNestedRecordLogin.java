package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

/** A JSON body with a record parameter whose component is itself a record. */
@LoginApi(baseUrl = "https://api.example.com")
public interface JsonNestedRecordLogin {
  record Screen(@Param("w") int width, @Param("h") int height) {}

  record Device(
      @Param("id") String id,
      @Param("screen") Screen screen,
      @Param(value = "label", required = false) String label) {}

  record Session(@Field("sessionId") String sessionId) {}

  @Post(value = "/apiv2/login", body = BodyEncoding.JSON)
  Session login(
      @Param("login") String login,
      @Param("passwd") @Secret String password,
      @Param(value = "device", required = false) Device device);
}
