package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A private session record, and a private interface: a top-level client can name neither. */
public class PrivateNested {
  private record Session(@Field("sid") String sid) {}

  @LoginApi(baseUrl = "https://api.example.com")
  interface Api {
    @Post("/login")
    Session login(@Param("user") String user);
  }

  @LoginApi(baseUrl = "https://api.example.com")
  private interface Hidden {
    @Post("/login")
    Session login(@Param("user") String user);
  }
}
