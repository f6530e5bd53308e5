package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface SoapHeaderNotSoap {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(
      @Param("user") String user,
      @Param(value = "Auth", in = In.SOAP_HEADER) String auth);
}
