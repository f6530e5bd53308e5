package dev.loginkit.benchmarks.api;

import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.SuccessWhen;

/** A plain-XML login in the shape of 1010data's {@code <out><rc/><sid/>…</out>}. */
@LoginApi(baseUrl = "https://api.example.com", secretsInQuery = true)
public interface XmlLogin {

  @Get(value = "/gw.k", format = Format.XML)
  @SuccessWhen(path = "rc", equals = "0")
  @FailureDetails(code = "rc", message = "msg")
  @OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
  @OnCode(value = "5", reason = FailureReason.SESSION_CONFLICT)
  XmlSession login(@Param("uid") String uid, @Param("pswd") @Secret String password);
}
