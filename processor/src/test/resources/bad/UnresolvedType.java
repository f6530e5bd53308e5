package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** Device is neither declared nor imported. */
@LoginApi(baseUrl = "https://api.example.com")
public interface UnresolvedType {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user, @Param("device") Device device);
}
