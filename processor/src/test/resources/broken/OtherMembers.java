package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** Default, static and private methods; constants named like the client's fields; overloads; names differing in case. */
@LoginApi(baseUrl = "https://api.example.com")
public interface OtherMembers {
  String LOGIN = "/login";
  String LOGIN_SESSION = "x";

  record Session(@Field("sid") String sid) {}

  @Post(LOGIN)
  Session login(@Param("user") String user);

  @Post(LOGIN)
  Session Login(@Param("user") String user);

  @Post(LOGIN)
  Session login(@Param("user") String user, @Param("pass") String pass);

  default Session loginAsGuest() {
    return login("guest");
  }

  static String hello() {
    return helper();
  }

  private static String helper() {
    return "hi";
  }
}
