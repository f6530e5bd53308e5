package test;

import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.WireType;

@LoginApi(baseUrl = "https://api.example.com")
public interface TypedValueOutsideJsonBody {
  record Session(@Field("result") String token) {}

  @Post("/login")
  @Constant(name = "scopes", value = "[\"read\"]", type = WireType.JSON)
  Session login(@Param("user") String user);
}
