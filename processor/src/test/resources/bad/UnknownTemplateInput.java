package test;

import dev.loginkit.annotations.Composed;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Input;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

@LoginApi(baseUrl = "https://api.example.com")
public interface UnknownTemplateInput {
  record Session(@Field("token") String token) {}

  @Post("/login")
  @Composed(name = "password", template = "{password}{token}")
  Session login(@Input @Secret String password);
}
