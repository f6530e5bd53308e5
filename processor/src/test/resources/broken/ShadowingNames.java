package test;

import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;

/** Parameters named like what the client refers to by simple name. */
@LoginApi(baseUrl = "https://api.example.com")
public interface ShadowingNames {
  record Session(@Field("sid") String sid) {}

  @Get("/login")
  Session login(
      @Param("a") String LOGIN,
      @Param("b") String LOGIN_SESSION,
      @Param("c") String Params,
      @Param(value = "d", in = dev.loginkit.annotations.In.HEADER) String In,
      @Param("e") @Default("XML") Format Format,
      @Param("f") String runtime,
      @Param("g") String params);
}
