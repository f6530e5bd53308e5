package dev.loginkit.samples.lifecycle;

import dev.loginkit.SecretValue;
import dev.loginkit.annotations.Attach;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A login whose secret tokens travel with a prefix in the query and in a cookie. */
@LoginApi(baseUrl = "https://prefixed.example.test")
public interface PrefixedTokenLogin {

  /** Two secret tokens, each attached with a version prefix: one in the query, one as a cookie. */
  record Session(
      @Field("token") @Attach(value = "access_token", prefix = "v1.") SecretValue token,
      @Field("device") @Attach(value = "device", in = In.COOKIE, prefix = "v1.")
          SecretValue device) {}

  /** Posts JSON. */
  @Post(value = "/token", body = BodyEncoding.JSON)
  Session login(
      @Param("username") String user,
      @Param("password") @dev.loginkit.annotations.Secret String password);
}
