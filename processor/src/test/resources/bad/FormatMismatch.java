package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Soap;

@LoginApi(baseUrl = "https://api.example.com")
@Soap(namespace = "urn:myapi")
public interface FormatMismatch {
  record Session(@Field("return") String sid) {}

  @Post(
      value = "/api.php",
      body = BodyEncoding.SOAP,
      format = Format.JSON)
  Session login(@Param("user") String user);
}
