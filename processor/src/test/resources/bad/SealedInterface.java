package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public sealed interface SealedInterface permits SealedInterface.Fake {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user);

  /** A test double, the only implementation the permits clause allows. */
  final class Fake implements SealedInterface {
    @Override
    public Session login(String user) {
      return new Session("fake");
    }
  }
}
