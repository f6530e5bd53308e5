package dev.loginkit.benchmarks.cold;

import dev.loginkit.benchmarks.Payloads;
import dev.loginkit.benchmarks.loopback.FloorClient;
import dev.loginkit.benchmarks.soap.SoapFloorClient;
import okhttp3.OkHttpClient;

/** Hand-written OkHttp + jackson-core (or + Woodstox for SOAP): the cold-start floor. */
final class ColdFloor {
  private ColdFloor() {}

  static Object login(String url) throws Exception {
    return new FloorClient(new OkHttpClient(), url)
        .json(Payloads.LOGIN, Payloads.PASSWORD, Payloads.REMEMBER);
  }

  static Object soap(String url) throws Exception {
    return new SoapFloorClient(new OkHttpClient(), url).login(Payloads.LOGIN, Payloads.PASSWORD);
  }
}
