package dev.loginkit.benchmarks.loopback;

import dev.loginkit.benchmarks.decode.JsonDtos;
import okhttp3.MultipartBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;
import retrofit2.http.Query;

/** The same login declared for Retrofit 3 with converter-jackson. */
public interface RetrofitApi {
  @GET("login")
  Call<JsonDtos.Flat> query(
      @Query("login") String login,
      @Query("passwd") String passwd,
      @Query("remember") String remember);

  @FormUrlEncoded
  @POST("login")
  Call<JsonDtos.Flat> form(
      @Field("login") String login,
      @Field("passwd") String passwd,
      @Field("remember") String remember);

  /**
   * Plain-text parts need {@code MultipartBody.Part}: a String part would go through the JSON
   * converter.
   */
  @Multipart
  @POST("login")
  Call<JsonDtos.Flat> multipart(
      @Part MultipartBody.Part login,
      @Part MultipartBody.Part passwd,
      @Part MultipartBody.Part remember);

  @POST("login")
  Call<JsonDtos.Flat> json(@Body LoginRequest body);
}
