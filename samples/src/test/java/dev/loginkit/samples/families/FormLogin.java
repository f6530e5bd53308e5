package dev.loginkit.samples.families;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

/** A classic HTML-form login: {@code application/x-www-form-urlencoded}, answered in JSON. */
@LoginApi(baseUrl = "https://forms.example.test")
public interface FormLogin {

  /** The session. */
  record Session(
      @Field("token") String token, @Field(value = "user/name", optional = true) String userName) {}

  /** Posts the form; a constant field comes first, then the parameters in order. */
  @Post(value = "/account/login", body = BodyEncoding.FORM)
  @Constant(name = "action", value = "login")
  @FailureDetails(code = "error", message = "error_description")
  Session login(
      @Param("username") String username,
      @Param("password") @Secret String password,
      @Param("remember") boolean remember,
      @Param(value = "next", required = false) String next);
}
