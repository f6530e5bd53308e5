package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.XmlRpc;

@LoginApi(baseUrl = "https://api.example.com")
public interface XmlRpcOnNonXmlRpcEndpoint {
  record Session(@Field("sid") String sid) {}

  @Post("/rpc")
  @XmlRpc("login")
  Session login(@Param("user") String user);
}
