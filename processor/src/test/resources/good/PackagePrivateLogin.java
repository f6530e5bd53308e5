package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A package-private API gets a package-private client. */
@LoginApi(baseUrl = "https://api.example.com")
interface PackagePrivateLogin {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user);
}
