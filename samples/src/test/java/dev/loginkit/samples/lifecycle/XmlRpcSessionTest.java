package dev.loginkit.samples.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.samples.ithenticate.ThenticateLoginClient;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * iThenticate: the session travels as a struct member of later XML-RPC calls; api_status 401 means
 * it expired.
 */
class XmlRpcSessionTest {
  private static final MediaType XML = MediaType.get("text/xml");

  @StartStop public final MockWebServer server = new MockWebServer();

  private static MockResponse rpc(String members) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "text/xml")
        .body(
            "<?xml version=\"1.0\"?><methodResponse><params><param><value><struct>"
                + members
                + "</struct></value></param></params></methodResponse>")
        .build();
  }

  private static String member(String name, String value) {
    return "<member><name>" + name + "</name><value>" + value + "</value></member>";
  }

  private static String loginOk(String sid) {
    return member("sid", "<string>" + sid + "</string>") + member("api_status", "<int>200</int>");
  }

  private static Request call(String methodName, String params) {
    return new Request.Builder()
        .url("http://placeholder/rpc")
        .post(
            RequestBody.create(
                "<?xml version=\"1.0\"?><methodCall><methodName>"
                    + methodName
                    + "</methodName><params>"
                    + params
                    + "</params></methodCall>",
                XML))
        .build();
  }

  private OkHttpClient api(ThenticateLoginClient login) {
    return new OkHttpClient.Builder()
        .addInterceptor(
            login.sessionInterceptor(() -> login.login("user@example.com", "secret-pass")))
        .addInterceptor(
            chain ->
                chain.proceed(
                    chain
                        .request()
                        .newBuilder()
                        .url(
                            chain
                                .request()
                                .url()
                                .newBuilder()
                                .host(server.getHostName())
                                .port(server.getPort())
                                .build())
                        .build()))
        .build();
  }

  @Test
  void sidIsAddedToTheFirstStructOrAsANewStructParam() throws Exception {
    server.enqueue(rpc(loginOk("s-1")));
    server.enqueue(rpc(member("api_status", "<int>200</int>")));
    server.enqueue(rpc(member("api_status", "<int>200</int>")));
    ThenticateLoginClient login =
        new ThenticateLoginClient(
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
    OkHttpClient api = api(login);

    try (Response r =
        api.newCall(
                call(
                    "document.get",
                    "<param><value><struct>"
                        + member("id", "<int>7</int>")
                        + "</struct></value></param>"))
            .execute()) {
      assertEquals(200, r.code());
    }
    try (Response r = api.newCall(call("folder.list", "")).execute()) {
      assertEquals(200, r.code());
    }

    server.takeRequest(5, TimeUnit.SECONDS); // the login
    RecordedRequest get = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals(
        "<?xml version=\"1.0\"?><methodCall><methodName>document.get</methodName><params><param><value>"
            + "<struct>"
            + member("sid", "<string>s-1</string>")
            + member("id", "<int>7</int>")
            + "</struct></value></param></params></methodCall>",
        get.getBody().utf8());
    RecordedRequest list = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals(
        "<?xml version=\"1.0\"?><methodCall><methodName>folder.list</methodName><params><param><value>"
            + "<struct>"
            + member("sid", "<string>s-1</string>")
            + "</struct></value></param></params></methodCall>",
        list.getBody().utf8());
  }

  @Test
  void apiStatus401InTheBodyLogsInAgainButAPostIsNotReplayedUnlessTaggedSafe() throws Exception {
    server.enqueue(rpc(loginOk("s-1")));
    server.enqueue(rpc(member("api_status", "<int>401</int>")));
    server.enqueue(rpc(loginOk("s-2")));
    server.enqueue(rpc(member("api_status", "<int>200</int>")));
    ThenticateLoginClient login =
        new ThenticateLoginClient(
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
    OkHttpClient api = api(login);

    Request safe =
        call("document.get", "")
            .newBuilder()
            .tag(
                dev.loginkit.SessionInterceptor.ReplaySafe.class,
                dev.loginkit.SessionInterceptor.REPLAY_SAFE)
            .build();
    try (Response r = api.newCall(safe).execute()) {
      assertEquals(200, r.code());
      assertEquals(true, r.body().string().contains("<int>200</int>"));
    }

    server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals(
        true,
        server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8().contains("<string>s-1</string>"));
    server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals(
        true,
        server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8().contains("<string>s-2</string>"));
    assertEquals(4, server.getRequestCount());
  }
}
