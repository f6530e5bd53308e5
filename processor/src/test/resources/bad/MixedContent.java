package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Soap;

@LoginApi(baseUrl = "https://api.example.com")
public interface MixedContent {
  record Session(@Field("token") String token) {}

  record Account(@Param(".") String name, @Param("domain") String domain) {}

  @Post(value = "/soap", body = BodyEncoding.SOAP)
  @Soap(namespace = "urn:myapi")
  Session login(@Param("account") Account account);
}
