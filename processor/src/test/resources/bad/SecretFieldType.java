package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

@LoginApi(baseUrl = "https://api.example.com")
public interface SecretFieldType {
  record Session(
      @Field("sid") String sid,
      @Field("token") @Secret String token) {}

  @Post("/login")
  Session login(@Param("user") String user);
}
