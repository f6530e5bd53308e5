package com.example;

import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Example;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.SuccessWhen;

@LoginApi(baseUrl = "https://www2.1010data.com", secretsInQuery = true)
public interface TenTenLogin {
  @Get(value = "/gw.k", format = Format.XML)
  @Constant(name = "api", value = "login")
  @Constant(name = "apiversion", value = "3")
  @SuccessWhen(path = "rc", equals = "0")
  @FailureDetails(code = "rc", message = "msg")
  @OnCode(value = "4", reason = FailureReason.INVALID_CREDENTIALS)
  @OnCode(value = "5", reason = FailureReason.SESSION_CONFLICT)
  @Example(
      body = "<out><rc>0</rc><sid>S1</sid><pswd>E1</pswd></out>",
      session = {"sid=S1", "encryptedPassword=E1"})
  @Example(
      body = "<out><rc>4</rc><msg>Invalid user identification</msg></out>",
      outcome = Example.Outcome.FAILURE,
      reason = FailureReason.INVALID_CREDENTIALS,
      code = "4")
  TenTenSession login(@Param("uid") String uid, @Param("pswd") @Secret String password);
}
