package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.Soap;
import dev.loginkit.annotations.SoapVersion;

/** SOAP 1.2 document/literal declared on the method, with an action and a record in the SOAP header. */
@LoginApi(baseUrl = "https://api.example.com")
public interface Soap12DocumentLogin {
  record CallOptions(
      @Param("client") String client,
      @Param(value = "defaultNamespace", required = false) String defaultNamespace) {}

  record Session(@Field("result/sessionId") String sessionId, @Field("result/serverUrl") String serverUrl) {}

  @Post(value = "/services/Soap/u/59.0", body = BodyEncoding.SOAP)
  @Soap(namespace = "urn:partner.soap.example.com", operation = "login", action = "urn:login",
      version = SoapVersion.V1_2)
  Session login(
      @Param("username") String username,
      @Param("password") @Secret String password,
      @Param(value = "CallOptions", in = In.SOAP_HEADER) CallOptions options);
}
