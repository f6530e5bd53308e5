package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import java.util.List;

@LoginApi(baseUrl = "https://api.example.com")
public interface UnsupportedFieldType {
  record Session(
      @Field("sid") String sid,
      @Field("roles") List<String> roles) {}

  @Post("/login")
  Session login(@Param("user") String user);
}
