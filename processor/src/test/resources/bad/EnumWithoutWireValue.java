package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.WireValue;

@LoginApi(baseUrl = "https://api.example.com")
public interface EnumWithoutWireValue {
  enum Kill {
    @WireValue("yes") YES,
    POSSESS
  }

  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user, @Param("kill") Kill kill);
}
