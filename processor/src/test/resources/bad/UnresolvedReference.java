package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** Paths is neither declared nor imported. */
@LoginApi(baseUrl = "https://api.example.com")
public interface UnresolvedReference {
  record Session(@Field("sid") String sid) {}

  @Post(Paths.LOGIN)
  Session login(@Param("user") String user);
}
