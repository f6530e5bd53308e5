package test;

import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.WireValue;

/** An enum parameter sent as its wire spelling, with a default for null. */
@LoginApi(baseUrl = "https://api.example.com")
public interface DefaultEnumLogin {
  enum Kill {
    @WireValue("yes") YES,
    @WireValue("no") NO,
    @WireValue("possess") POSSESS
  }

  record Session(@Field("sid") String sid) {}

  @Get("/login")
  Session login(@Param("uid") String user, @Param("kill") @Default("yes") Kill kill);
}
