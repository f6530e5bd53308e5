package dev.loginkit.samples.families;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.Composed;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.Input;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.ValueEncoding;

/**
 * An {@code Authorization: Basic} header composed of two inputs (RFC 7617), and a hex-encoded
 * value.
 */
@LoginApi(baseUrl = "https://basic.example.test")
public interface BasicHeaderLogin {
  record Session(@Field("token") String token) {}

  @Get("/session")
  @Composed(
      name = "Authorization",
      in = In.HEADER,
      prefix = "Basic ",
      template = "{user}:{password}",
      encoding = ValueEncoding.BASE64)
  @Composed(name = "X-User-Hex", in = In.HEADER, template = "{user}", encoding = ValueEncoding.HEX)
  @FailureDetails(message = "message")
  LoginResult<Session> login(@Input String user, @Input @Secret String password);
}
