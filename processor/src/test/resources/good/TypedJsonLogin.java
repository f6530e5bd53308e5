package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.WireType;

/** Typed constants and defaults, and a positional array mixing constants, a parameter and a record. */
@LoginApi(baseUrl = "https://router.example.com")
@Constant(name = "jsonrpc", value = "2.0")
@Constant(name = "id", value = "1", type = WireType.NUMBER)
public interface TypedJsonLogin {
  record Credentials(@Param("username") String username, @Param("password") @Secret String password) {}

  record Session(@Field("result/ubus_rpc_session") String session) {}

  @Post(value = "/ubus", body = BodyEncoding.JSON)
  @Constant(name = "method", value = "call")
  @Constant(name = "params[1]", value = "session")
  @Constant(name = "params[2]", value = "login")
  @Constant(name = "auth", value = "null", type = WireType.NULL)
  @Constant(name = "big", value = "12345678901", type = WireType.NUMBER)
  @Constant(name = "ratio", value = "-2.5e3", type = WireType.NUMBER)
  @Constant(name = "remember", value = "true", type = WireType.BOOLEAN)
  @Constant(name = "scopes", value = "[\"read\", {\"a\": 1}]", type = WireType.JSON)
  Session login(
      @Param("params[0]") String token,
      @Param("params[3]") Credentials credentials,
      @Param("timeout") @Default("300") Integer timeout,
      @Param("verbose") @Default("false") Boolean verbose);
}
