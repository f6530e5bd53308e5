package test;

import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;

/** Constants on the interface are sent by every method, before the method's own. */
@LoginApi(baseUrl = "https://api.example.com")
@Constant(name = "apiversion", value = "3")
@Constant(name = "Accept", value = "application/xml", in = In.HEADER)
public interface ConstantsLogin {
  record Session(@Field("sid") String sid) {}

  @Get("/gw.k")
  @Constant(name = "api", value = "login")
  Session login(@Param("uid") String user);

  @Get("/gw.k")
  Session ping(@Param("uid") String user);
}
