package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A record parameter and a session record that contain themselves. */
@LoginApi(baseUrl = "https://api.example.com")
public interface SelfReferencingRecord {
  record Node(
      @Param("name") String name,
      @Param(value = "left", required = false) Node left,
      @Param(value = "right", required = false) Node right,
      @Param(value = "up", required = false) Node up) {}

  record Session(@Field("sid") String sid, @Field(value = "next", optional = true) Session next) {}

  @Post(value = "/login", body = BodyEncoding.JSON)
  Session login(@Param("tree") Node tree);
}
