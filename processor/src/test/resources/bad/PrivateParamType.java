package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.WireValue;

public class PrivateParamType {
  private enum Kill {
    @WireValue("yes") YES,
    @WireValue("no") NO
  }

  @LoginApi(baseUrl = "https://api.example.com")
  interface Api {
    record Session(@Field("sid") String sid) {}

    @Get("/login")
    Session login(@Param("user") String user, @Param("kill") Kill kill);
  }
}
