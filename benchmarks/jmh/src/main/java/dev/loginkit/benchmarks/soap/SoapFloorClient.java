package dev.loginkit.benchmarks.soap;

import dev.loginkit.benchmarks.decode.XmlFloor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The floor: OkHttp, a string-template envelope (values escaped by hand) and Woodstox ({@link
 * XmlFloor}).
 */
public final class SoapFloorClient {
  private static final MediaType XML = MediaType.get("text/xml; charset=utf-8");
  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
          + "<soap:Body><ns1:login xmlns:ns1=\"urn:bench:login\"><username>";
  private static final String MIDDLE = "</username><password>";
  private static final String TAIL = "</password></ns1:login></soap:Body></soap:Envelope>";

  private final OkHttpClient http;
  private final HttpUrl url;

  public SoapFloorClient(OkHttpClient http, String baseUrl) {
    this.http = http;
    this.url = HttpUrl.get(baseUrl).newBuilder().encodedPath("/soap").build();
  }

  public Object login(String username, String password) throws IOException {
    String envelope = HEAD + escape(username) + MIDDLE + escape(password) + TAIL;
    Request request =
        new Request.Builder()
            .url(url)
            .header("SOAPAction", "\"urn:bench:login#login\"")
            .post(RequestBody.create(envelope.getBytes(StandardCharsets.UTF_8), XML))
            .build();
    try (Response response = http.newCall(request).execute()) {
      return XmlFloor.soap(response.code(), response.body().bytes());
    }
  }

  private static String escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '<' || c == '&' || c == '>' || c == '"' || c == '\'') {
        return s.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&apos;");
      }
    }
    return s;
  }
}
