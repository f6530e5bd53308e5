package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Composed;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.Input;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.ValueEncoding;

/** Values composed of inputs and text: concatenated, prefixed, Base64 and hex. */
@LoginApi(baseUrl = "https://login.example.com")
public interface ComposedLogin {
  record Session(@Field("sessionId") String sessionId) {}

  @Post(value = "/login", body = BodyEncoding.JSON)
  @Composed(name = "password", template = "{password}{securityToken}")
  @Composed(name = "Authorization", in = In.HEADER, prefix = "Basic ", template = "{user}:{password}",
      encoding = ValueEncoding.BASE64)
  @Composed(name = "otp", template = "totp:{code}")
  @Composed(name = "userHex", template = "{user}", encoding = ValueEncoding.HEX)
  Session login(
      @Param("username") String username,
      @Input String user,
      @Input @Secret String password,
      @Input @Secret String securityToken,
      @Input int code);
}
