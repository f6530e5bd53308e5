package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** The former name of SecretValue, {@code dev.loginkit.Secret}, still compiles: as a parameter and a session field. */
@LoginApi(baseUrl = "https://login.example.com")
@SuppressWarnings("deprecation")
public interface LegacySecretLogin {
  record Session(@Field("token") dev.loginkit.Secret token) {}

  @Post("/login")
  Session login(@Param("user") String user, @Param("password") dev.loginkit.Secret password);
}
