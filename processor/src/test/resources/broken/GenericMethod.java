package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** Methods with type parameters: as a parameter type, as the return type, and unused. */
@LoginApi(baseUrl = "https://api.example.com")
public interface GenericMethod {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  <T> Session login(@Param("user") T user);

  @Post("/login2")
  <S extends Session> S login2(@Param("user") String user);

  @Post("/login3")
  <T> Session login3(@Param("user") String user);
}
