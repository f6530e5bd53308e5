package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;

/** Secrets of every shape next to constants: only the constants' values may be written in source. */
@LoginApi(baseUrl = "https://api.example.com")
@Constant(name = "client", value = "loginkit-test")
public interface SecretParamsLogin {
  record Session(@Field("sid") String sid) {}

  @Post(value = "/login", body = BodyEncoding.JSON)
  @Constant(name = "X-Client-Version", value = "7", in = In.HEADER)
  Session login(
      @Param("uid") String user,
      @Param("pswd") @Secret String password,
      @Param(value = "otp", required = false) @Secret String oneTimeCode,
      @Param(value = "X-Api-Key", in = In.HEADER) dev.loginkit.SecretValue apiKey);
}
