package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** Object's public methods redeclared abstract. */
@LoginApi(baseUrl = "https://api.example.com")
public interface ObjectMethods {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user);

  @Override
  String toString();
}
