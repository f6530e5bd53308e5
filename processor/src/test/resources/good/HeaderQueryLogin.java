package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

/** Parameters that leave the body: one in a header, one in the query string. */
@LoginApi(baseUrl = "https://api.example.com")
public interface HeaderQueryLogin {
  record Session(@Field("token") String token) {}

  @Post("/login")
  Session login(
      @Param(value = "X-Api-Key", in = In.HEADER) @Secret String apiKey,
      @Param(value = "realm", in = In.QUERY) String realm,
      @Param("user") String user);
}
