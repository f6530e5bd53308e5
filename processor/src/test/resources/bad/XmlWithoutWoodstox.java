package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Soap;

/** Compiled without Woodstox on the class path: one error, on the first method that needs it. */
@LoginApi(baseUrl = "https://api.example.com")
public interface XmlWithoutWoodstox {
  record Session(@Field("sid") String sid) {}

  @Post(value = "/json", body = BodyEncoding.JSON)
  Session loginJson(@Param("user") String user);

  @Get(value = "/gw.k", format = Format.XML)
  Session login(@Param("user") String user);

  @Post(value = "/api.php", body = BodyEncoding.SOAP)
  @Soap(namespace = "urn:myapi")
  Session loginSoap(@Param("user") String user);
}
