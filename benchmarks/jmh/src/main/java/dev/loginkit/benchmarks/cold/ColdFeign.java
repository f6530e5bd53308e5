package dev.loginkit.benchmarks.cold;

import dev.loginkit.benchmarks.Payloads;
import dev.loginkit.benchmarks.loopback.FeignApi;
import dev.loginkit.benchmarks.loopback.LoginRequest;
import feign.Feign;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import feign.okhttp.OkHttpClient;

/** Feign 13 + feign-okhttp + feign-jackson. */
final class ColdFeign {
  private ColdFeign() {}

  static Object login(String url) {
    FeignApi api =
        Feign.builder()
            .client(new OkHttpClient())
            .encoder(new JacksonEncoder())
            .decoder(new JacksonDecoder())
            .target(FeignApi.class, url);
    return api.json(new LoginRequest(Payloads.LOGIN, Payloads.PASSWORD, Payloads.REMEMBER))
        .outcome(200);
  }
}
