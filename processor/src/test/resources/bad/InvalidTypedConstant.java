package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.WireType;

@LoginApi(baseUrl = "https://api.example.com")
public interface InvalidTypedConstant {
  record Session(@Field("result") String token) {}

  @Post(value = "/rpc", body = BodyEncoding.JSON)
  @Constant(name = "id", value = "one", type = WireType.NUMBER)
  Session login(@Param("user") String user);
}
