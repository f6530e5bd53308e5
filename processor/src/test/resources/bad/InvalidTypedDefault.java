package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface InvalidTypedDefault {
  record Session(@Field("result") String token) {}

  @Post(value = "/rpc", body = BodyEncoding.JSON)
  Session login(@Param("user") String user,
      @Param("id") @Default("first") Integer id);
}
