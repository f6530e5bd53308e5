package test;

import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;

/**
 * A Format parameter travels as its name and chooses how the answer is read: with a default for
 * null, and optional without one (null sends nothing and keeps the declared format).
 */
@LoginApi(baseUrl = "https://api.example.com")
public interface FormatParamLogin {
  record Session(@Field("SessionID") String sessionId) {}

  @Get(value = "/api/v2/", format = Format.XML)
  Session login(
      @Param("Username") String username,
      @Param("ResponseFormat") @Default("XML") Format format);

  @Get("/api/v3/")
  Session loginV3(
      @Param("Username") String username,
      @Param(value = "ResponseFormat", required = false) Format format);
}
