package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** An interface already named ...Client: its implementation is AcmeClientImpl. */
@LoginApi(baseUrl = "https://api.example.com")
public interface AcmeClient {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user);
}
