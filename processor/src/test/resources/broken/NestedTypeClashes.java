package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.WireValue;

/** Nested types named like the runtime types the client imports. */
@LoginApi(baseUrl = "https://api.example.com")
public interface NestedTypeClashes {
  enum Format {
    @WireValue("xml") XML
  }

  record Reply(@Field("sid") String sid) {}

  interface Params {}

  interface Operation {}

  interface SessionMapper {}

  interface From {}

  interface LoginRuntime {}

  interface LoginClientConfig {}

  interface Generated {}

  @Get("/login")
  Reply login(@Param("user") String user, @Param("format") Format format);
}
