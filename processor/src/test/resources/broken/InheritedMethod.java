package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** The login method is declared by a parent interface. */
public class InheritedMethod {
  private InheritedMethod() {}

  public interface Base {
    record Session(@Field("sid") String sid) {}

    @Post("/login")
    Session login(@Param("user") String user);
  }

  @LoginApi(baseUrl = "https://api.example.com")
  public interface Child extends Base {}
}
