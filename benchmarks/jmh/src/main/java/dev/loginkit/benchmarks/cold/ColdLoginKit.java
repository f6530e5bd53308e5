package dev.loginkit.benchmarks.cold;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.benchmarks.Payloads;
import dev.loginkit.benchmarks.api.JsonLoginClient;
import dev.loginkit.benchmarks.api.SoapLoginClient;

/** A generated client with default settings (LoginKit's shared OkHttp client). */
final class ColdLoginKit {
  private ColdLoginKit() {}

  static Object login(String url) {
    return new JsonLoginClient(LoginClientConfig.builder().baseUrl(url).build())
        .loginJson(Payloads.LOGIN, Payloads.PASSWORD, Payloads.REMEMBER);
  }

  static Object soap(String url) {
    return new SoapLoginClient(LoginClientConfig.builder().baseUrl(url).build())
        .login(Payloads.LOGIN, Payloads.PASSWORD);
  }
}
