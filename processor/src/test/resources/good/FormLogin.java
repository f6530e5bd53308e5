package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

/** A POST with a form-encoded body. */
@LoginApi(baseUrl = "https://api.example.com")
public interface FormLogin {
  record Session(@Field("token") String token) {}

  @Post(value = "/login", body = BodyEncoding.FORM)
  Session login(@Param("username") String user, @Param("password") @Secret String password);
}
