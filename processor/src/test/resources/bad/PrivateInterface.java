package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

public class PrivateInterface {
  record Session(@Field("sid") String sid) {}

  @LoginApi(baseUrl = "https://api.example.com")
  private interface Api {
    @Post("/login")
    Session login(@Param("user") String user);
  }
}
