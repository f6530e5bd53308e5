package test;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** One method returns the whole outcome, the other the session (throwing on failure). */
@LoginApi(baseUrl = "https://api.example.com")
public interface ResultAndSessionLogin {
  record Session(@Field("token") String token) {}

  @Post("/login")
  LoginResult<Session> tryLogin(@Param("user") String user);

  @Post("/login")
  Session login(@Param("user") String user);
}
