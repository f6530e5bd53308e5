package test;

import dev.loginkit.annotations.Composed;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Input;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface InputType {
  record Session(@Field("token") String token) {}

  record Pair(@Param("a") String a) {}

  @Post("/login")
  @Composed(name = "password", template = "{pair}")
  Session login(@Input Pair pair);
}
