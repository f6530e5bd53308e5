package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface UnsupportedParamType {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(
      @Param("user") String user,
      @Param("since") java.time.Instant since);
}
