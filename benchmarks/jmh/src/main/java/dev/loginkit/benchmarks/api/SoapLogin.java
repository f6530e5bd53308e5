package dev.loginkit.benchmarks.api;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.Soap;

/**
 * A SOAP 1.1 document/literal (wrapped) login, the style JAX-WS and CXF speak: the same service as
 * {@link dev.loginkit.benchmarks.soap.LoginPort}.
 */
@LoginApi(baseUrl = "https://api.example.com")
@Soap(namespace = "urn:bench:login", action = "urn:bench:login#login")
public interface SoapLogin {

  @Post(value = "/soap", body = BodyEncoding.SOAP)
  @FailureDetails(code = "detail/LoginFault/code")
  @OnCode(value = "BAD_CREDENTIALS", reason = FailureReason.INVALID_CREDENTIALS)
  SoapSession login(@Param("username") String username, @Param("password") @Secret String password);
}
