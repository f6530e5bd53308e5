package dev.loginkit.benchmarks.loopback;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.loginkit.benchmarks.decode.JsonFloor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The floor: a hand-written OkHttp call per encoding, answered by {@link JsonFloor}'s streaming
 * decode.
 */
public final class FloorClient {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final JsonFactory FACTORY = new JsonFactory();

  private final OkHttpClient http;
  private final HttpUrl login;

  public FloorClient(OkHttpClient http, String baseUrl) {
    this.http = http;
    this.login = HttpUrl.get(baseUrl).newBuilder().encodedPath("/login").build();
  }

  public Object query(String user, String password, String remember) throws IOException {
    HttpUrl url =
        login
            .newBuilder()
            .addQueryParameter("login", user)
            .addQueryParameter("passwd", password)
            .addQueryParameter("remember", remember)
            .build();
    return execute(new Request.Builder().url(url).build());
  }

  public Object form(String user, String password, String remember) throws IOException {
    RequestBody body =
        new FormBody.Builder()
            .add("login", user)
            .add("passwd", password)
            .add("remember", remember)
            .build();
    return execute(new Request.Builder().url(login).post(body).build());
  }

  public Object multipart(String user, String password, String remember) throws IOException {
    RequestBody body =
        new MultipartBody.Builder()
            .setType(MultipartBody.FORM)
            .addFormDataPart("login", user)
            .addFormDataPart("passwd", password)
            .addFormDataPart("remember", remember)
            .build();
    return execute(new Request.Builder().url(login).post(body).build());
  }

  public Object json(String user, String password, String remember) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(96);
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      gen.writeStartObject();
      gen.writeStringField("login", user);
      gen.writeStringField("passwd", password);
      gen.writeStringField("remember", remember);
      gen.writeEndObject();
    }
    return execute(
        new Request.Builder().url(login).post(RequestBody.create(out.toByteArray(), JSON)).build());
  }

  private Object execute(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      return JsonFloor.flat(response.code(), response.body().bytes());
    }
  }
}
