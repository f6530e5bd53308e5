package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface PositionalOutsideJsonBody {
  record Session(@Field("result") String token) {}

  @Post("/login")
  Session login(@Param("args[0]") String user);
}
