package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A login API nested in a class: its client is Outer_InnerLoginClient. */
public class Outer {
  private Outer() {}

  /** The nested API. */
  @LoginApi(baseUrl = "https://api.example.com")
  public interface InnerLogin {
    record Session(@Field("sid") String sid) {}

    @Post("/login")
    Session login(@Param("user") String user);
  }
}
