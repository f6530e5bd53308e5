package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import java.time.Instant;

/**
 * Interface constants, its own and inherited, named like the types and fields the client uses: the
 * client inherits them.
 */
@LoginApi(baseUrl = "https://api.example.com")
public interface FieldNames extends FieldNamesBase {
  String Params = "params";
  String Operation = "operation";
  String LOGIN = "/login";
  String LOGIN_SESSION = "session";

  record Session(@Field("sid") String sid, @Field("at") Instant at) {}

  @Post(LOGIN)
  Session login(@Param("user") String user, @Param(value = "X-Device", in = In.HEADER) String device);
}

interface FieldNamesBase {
  String Values = "values";
  String From = "from";
  String Reply = "reply";
  String SessionMapper = "mapper";
  String LoginRuntime = "runtime";
}
