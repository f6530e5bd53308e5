package test;

import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;

@LoginApi(baseUrl = "https://api.example.com")
public interface InvalidFormatDefault {
  record Session(@Field("sid") String sid) {}

  @Get("/login")
  Session login(
      @Param("user") String user,
      @Param("ResponseFormat")
      @Default("YAML")
      Format format);
}
