package test;

import dev.loginkit.SecretValue;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;

/** A session record using every kind of component and every place a value is read from. */
@LoginApi(baseUrl = "https://api.example.com")
public interface SessionFieldsLogin {
  record Account(@Field("id") long id, @Field(value = "email", optional = true) String email) {}

  record Session(
      @Field("sid") String sid,
      @Field("user/age") int age,
      @Field("expires") long expires,
      @Field("admin") boolean admin,
      @Field("score") double score,
      @Field(value = "retries", optional = true) Integer retries,
      @Field(value = "quota", optional = true) Long quota,
      @Field(value = "verified", optional = true) Boolean verified,
      @Field(value = "balance", optional = true) Double balance,
      @Field("pswd") SecretValue encryptedPassword,
      @Field("account") Account account,
      @Field(value = "X-Request-Id", from = From.HEADER, optional = true) String requestId,
      @Field(value = "PHPSESSID", from = From.COOKIE) String cookie) {}

  @Post("/login")
  Session login(@Param("user") String user);
}
