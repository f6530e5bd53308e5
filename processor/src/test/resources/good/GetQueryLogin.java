package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;

/** A GET whose parameters all travel in the query string. */
@LoginApi(baseUrl = "https://api.example.com")
public interface GetQueryLogin {
  record Session(@Field("sid") String sid) {}

  @Get("/v1/login")
  Session login(
      @Param("user") String user,
      @Param("tenant") int tenant,
      @Param("remember") boolean remember,
      @Param(value = "client_id", required = false) Long clientId,
      @Param(required = false) String locale);
}
