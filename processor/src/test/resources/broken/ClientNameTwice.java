package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** Outer.Inner and Outer_Inner both want the client Outer_InnerClient. */
public class ClientNameTwice {
  private ClientNameTwice() {}

  @LoginApi(baseUrl = "https://api.example.com")
  public interface Inner {
    record Session(@Field("sid") String sid) {}

    @Post("/login")
    Session login(@Param("user") String user);
  }
}

@LoginApi(baseUrl = "https://api.example.com")
interface ClientNameTwice_Inner {
  @Post("/login")
  ClientNameTwice.Inner.Session login(@Param("user") String user);
}
