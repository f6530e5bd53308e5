package dev.loginkit.benchmarks.loopback;

/** The JSON request body a Retrofit or Feign user declares. */
public record LoginRequest(String login, String passwd, String remember) {}
