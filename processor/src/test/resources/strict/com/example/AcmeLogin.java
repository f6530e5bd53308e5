package com.example;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Example;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

@LoginApi(baseUrl = "https://api.example.com")
public interface AcmeLogin {
  @Post(value = "/v1/login", body = BodyEncoding.JSON)
  @FailureDetails(code = "error", message = "error_description")
  @Example(
      body = "{\"access_token\":\"eyJhbGciOiJIUzI1NiJ9\",\"expires_in\":3600}",
      session = {"accessToken=eyJhbGciOiJIUzI1NiJ9", "expiresIn=3600"})
  @Example(
      status = 401,
      body = "{\"error\":\"invalid_grant\",\"error_description\":\"Wrong email or password\"}",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.INVALID_CREDENTIALS,
      code = "invalid_grant")
  AcmeSession login(@Param("email") String email, @Param("password") @Secret String password);
}
