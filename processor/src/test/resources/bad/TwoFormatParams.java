package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;

@LoginApi(baseUrl = "https://api.example.com")
public interface TwoFormatParams {
  record Session(@Field("sid") String sid) {}

  @Get("/login")
  Session login(
      @Param("user") String user,
      @Param("ResponseFormat") Format first,
      @Param("format") Format second);
}
