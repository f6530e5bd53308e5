package dev.loginkit.benchmarks;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * The no-I/O transport: an OkHttp application interceptor that writes the request body to memory
 * (as the network would consume it) and answers what {@link CannedServer} answers. What remains is
 * each framework's own cost: building the request, encoding, decoding, classifying.
 */
public final class CannedInterceptor implements Interceptor {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final MediaType XML = MediaType.get("text/xml; charset=utf-8");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.body() != null) {
      Buffer sink = new Buffer();
      request.body().writeTo(sink);
      sink.clear();
    }
    boolean soap = request.url().encodedPath().startsWith("/soap");
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .header("Content-Type", soap ? XML.toString() : JSON.toString())
        .body(
            ResponseBody.create(
                soap ? Payloads.SOAP_SUCCESS : Payloads.JSON_FLAT, soap ? XML : JSON))
        .build();
  }
}
