package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A {@code @LoginApi} interface extending another, redeclaring its method; Object's toString redeclared above both. */
public class ExtendsLoginApi {
  private ExtendsLoginApi() {}

  public interface Marker {
    String toString();
  }

  @LoginApi(baseUrl = "https://api.example.com")
  public interface Parent extends Marker {
    record Session(@Field("sid") String sid) {}

    @Post("/login")
    Session login(@Param("user") String user);
  }

  @LoginApi(baseUrl = "https://api.example.com")
  public interface Child extends Parent {
    @Override
    @Post("/login2")
    Session login(@Param("user") String user);

    default void x() {}
  }
}
