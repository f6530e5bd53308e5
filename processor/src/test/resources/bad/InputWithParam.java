package test;

import dev.loginkit.annotations.Composed;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Input;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface InputWithParam {
  record Session(@Field("token") String token) {}

  @Post("/login")
  @Composed(name = "password", template = "{password}")
  Session login(@Input @Param("password") String password);
}
