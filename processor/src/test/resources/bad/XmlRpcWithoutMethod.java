package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface XmlRpcWithoutMethod {
  record Session(@Field("sid") String sid) {}

  @Post(value = "/rpc", body = BodyEncoding.XML_RPC)
  Session login(@Param("user") String user);
}
