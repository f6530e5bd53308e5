package test;

import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** Session, Device and the annotation Secret are neither declared nor imported. */
@LoginApi(baseUrl = "https://api.example.com")
public interface UnresolvedTypes {
  @Post("/login")
  Session login(@Param("user") String user, @Param("device") Device device, @Secret @Param("pw") String pw);
}
