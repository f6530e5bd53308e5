package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A sealed interface whose permits clause leaves out the client. */
@LoginApi(baseUrl = "https://api.example.com")
public sealed interface SealedLogin permits SealedLogin.Only {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user);

  final class Only implements SealedLogin {
    @Override
    public Session login(String user) {
      return null;
    }
  }
}
