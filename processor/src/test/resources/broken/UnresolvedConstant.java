package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** Annotation values naming constants that exist nowhere. */
@LoginApi(baseUrl = Urls.BASE)
public interface UnresolvedConstant {
  record Session(@Field(Paths.SID) String sid) {}

  @Post(Paths.LOGIN)
  Session login(@Param(Names.USER) String user);
}
