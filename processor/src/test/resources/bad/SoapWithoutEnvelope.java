package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface SoapWithoutEnvelope {
  record Session(@Field("return") String sid) {}

  @Post(value = "/api.php", body = BodyEncoding.SOAP)
  Session login(@Param("user") String user);
}
