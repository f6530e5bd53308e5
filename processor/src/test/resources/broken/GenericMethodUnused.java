package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A type parameter the signature does not use. */
@LoginApi(baseUrl = "https://api.example.com")
public interface GenericMethodUnused {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  <T extends Comparable<T>> Session login(@Param("user") String user);
}
