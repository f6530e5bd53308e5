package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface PositionalGap {
  record Session(@Field("result") String token) {}

  @Post(value = "/rpc", body = BodyEncoding.JSON)
  @Constant(name = "params[0]", value = "session")
  Session login(@Param("params[2]") String user);
}
