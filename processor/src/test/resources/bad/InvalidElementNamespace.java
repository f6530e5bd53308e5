package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Soap;

@LoginApi(baseUrl = "https://api.example.com")
public interface InvalidElementNamespace {
  record Session(@Field("token") String token) {}

  @Post(value = "/soap", body = BodyEncoding.SOAP)
  @Soap(namespace = "urn:myapi")
  @Constant(name = "context", value = "", in = In.SOAP_HEADER, namespace = "urn:a b")
  Session login(@Param("user") String user);
}
