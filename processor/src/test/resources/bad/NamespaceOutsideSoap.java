package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface NamespaceOutsideSoap {
  record Session(@Field("token") String token) {}

  @Post(value = "/login", body = BodyEncoding.JSON)
  Session login(@Param(value = "user", namespace = "urn:x") String user);
}
