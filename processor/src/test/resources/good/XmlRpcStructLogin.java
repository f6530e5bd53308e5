package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.SuccessWhen;
import dev.loginkit.annotations.XmlRpc;

/** XML-RPC whose parameters form one struct, the only param: login({username, password}). */
@LoginApi(baseUrl = "https://api.example.com")
public interface XmlRpcStructLogin {
  record Session(@Field("sid") String sid, @Field("api_status") int apiStatus) {}

  @Post(value = "/rpc", body = BodyEncoding.XML_RPC)
  @XmlRpc("login")
  @SuccessWhen(path = "sid")
  @FailureDetails(code = "api_status", message = "messages")
  Session login(@Param("username") String username, @Param("password") @Secret String password);
}
