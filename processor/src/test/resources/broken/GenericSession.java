package test;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A session record with a type parameter it does not use, returned with a wildcard. */
@LoginApi(baseUrl = "https://api.example.com")
public interface GenericSession {
  record Session<T>(@Field("sid") String sid) {}

  @Post("/login")
  Session<?> login(@Param("user") String user);

  @Post("/login2")
  LoginResult<Session<? extends Number>> login2(@Param("user") String user);

  @Post("/login3")
  Session<String> login3(@Param("user") String user);
}
