package test;

import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface HeaderCollision {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  @Constant(name = "Content-Type", value = "application/json", in = In.HEADER)
  Session login(@Param("user") String user);
}
