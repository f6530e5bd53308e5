import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** An interface in the unnamed package; its client goes there too. */
@LoginApi(baseUrl = "https://api.example.com")
public interface DefaultPackage {
  record Session(@Field("sid") String sid) {}

  @Post("/login")
  Session login(@Param("user") String user);
}
