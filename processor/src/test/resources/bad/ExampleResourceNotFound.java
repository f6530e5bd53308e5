package test;

import dev.loginkit.annotations.Example;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface ExampleResourceNotFound {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @Example(resource = "examples/acme/no-such-answer.json", session = "sid=abc123")
  Session login(@Param("user") String user);
}
