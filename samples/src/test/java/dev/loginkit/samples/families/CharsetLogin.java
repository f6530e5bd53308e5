package dev.loginkit.samples.families;

import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;

/** Logins whose servers answer in ISO-8859-1, in JSON and in XML. */
@LoginApi(baseUrl = "https://latin1.example.test")
public interface CharsetLogin {

  /** The session; the display name holds non-ASCII letters. */
  record Session(@Field("sessionId") String sessionId, @Field("displayName") String displayName) {}

  /** Answers JSON. */
  @Get(value = "/json/login", format = Format.JSON)
  @FailureDetails(message = "message")
  Session loginJson(@Param("user") String user);

  /** Answers XML. */
  @Get(value = "/xml/login", format = Format.XML)
  @FailureDetails(message = "message")
  Session loginXml(@Param("user") String user);
}
