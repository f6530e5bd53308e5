package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** The interface extends one that exists nowhere. */
@LoginApi(baseUrl = "https://api.example.com")
public interface UnresolvedParent extends MissingBase {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user);
}
