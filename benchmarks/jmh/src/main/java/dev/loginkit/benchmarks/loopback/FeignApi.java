package dev.loginkit.benchmarks.loopback;

import dev.loginkit.benchmarks.decode.JsonDtos;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/**
 * The same login declared for Feign 13 (feign-okhttp, feign-jackson; feign-form for form and
 * multipart).
 */
public interface FeignApi {
  @RequestLine("GET /login?login={login}&passwd={passwd}&remember={remember}")
  JsonDtos.Flat query(
      @Param("login") String login,
      @Param("passwd") String passwd,
      @Param("remember") String remember);

  @RequestLine("POST /login")
  @Headers("Content-Type: application/x-www-form-urlencoded")
  JsonDtos.Flat form(
      @Param("login") String login,
      @Param("passwd") String passwd,
      @Param("remember") String remember);

  @RequestLine("POST /login")
  @Headers("Content-Type: multipart/form-data")
  JsonDtos.Flat multipart(
      @Param("login") String login,
      @Param("passwd") String passwd,
      @Param("remember") String remember);

  @RequestLine("POST /login")
  @Headers("Content-Type: application/json")
  JsonDtos.Flat json(LoginRequest body);
}
