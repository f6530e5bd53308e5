package dev.loginkit.samples.lifecycle;

import dev.loginkit.SecretValue;
import dev.loginkit.annotations.Attach;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A JSON login whose token travels on later requests as {@code Authorization: Bearer …}. */
@LoginApi(baseUrl = "https://bearer.example.test")
public interface BearerLogin {

  /** The access token, attached as a bearer header. */
  record Session(
      @Field("access_token") @Attach(value = "Authorization", in = In.HEADER, prefix = "Bearer ")
          SecretValue token,
      @Field(value = "user", optional = true) String user) {}

  /** Posts JSON. */
  @Post(value = "/oauth/token", body = BodyEncoding.JSON)
  Session login(
      @Param("username") String user,
      @Param("password") @dev.loginkit.annotations.Secret String password);
}
