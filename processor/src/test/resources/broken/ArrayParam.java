package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** Array parameters, which have no wire form. */
@LoginApi(baseUrl = "https://api.example.com")
public interface ArrayParam {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user, @Param("pin") char[] pin, @Param("ids") int[][] ids);
}
