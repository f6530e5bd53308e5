package dev.loginkit.benchmarks.cold;

import dev.loginkit.benchmarks.Payloads;
import dev.loginkit.benchmarks.decode.JsonDtos;
import dev.loginkit.benchmarks.loopback.LoginRequest;
import dev.loginkit.benchmarks.loopback.RetrofitApi;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/** Retrofit 3 + converter-jackson, as its README sets it up. */
final class ColdRetrofit {
  private ColdRetrofit() {}

  static Object login(String url) throws Exception {
    RetrofitApi api =
        new Retrofit.Builder()
            .baseUrl(url + "/")
            .addConverterFactory(JacksonConverterFactory.create())
            .build()
            .create(RetrofitApi.class);
    Response<JsonDtos.Flat> response =
        api.json(new LoginRequest(Payloads.LOGIN, Payloads.PASSWORD, Payloads.REMEMBER)).execute();
    return response.body().outcome(response.code());
  }
}
