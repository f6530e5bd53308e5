package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

@LoginApi(baseUrl = "https://api.example.com")
public interface NestedFieldNotInBody {
  record Account(@Field("id") String id) {}

  record Session(
      @Field("sid") String sid,
      @Field(value = "X-Account", from = From.HEADER) Account account) {}

  @Post("/login")
  Session login(@Param("user") String user);
}
