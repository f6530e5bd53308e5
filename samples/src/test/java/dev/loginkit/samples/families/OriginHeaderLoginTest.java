package dev.loginkit.samples.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Header constants naming the origin the call goes to, as qBittorrent's CSRF check demands. */
class OriginHeaderLoginTest {
  @StartStop public final MockWebServer server = new MockWebServer();

  private QBittorrentLogin client(String base) {
    return new QBittorrentLoginClient(LoginClientConfig.builder().baseUrl(base).build());
  }

  @Test
  void refererAndOriginNameTheServerTheLoginGoesTo() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Set-Cookie", "SID=hBc7TxF76ERhvIw0jQQ4LZ7Z1jQUV0tQ; path=/")
            .addHeader("Content-Type", "text/plain; charset=UTF-8")
            .body("Ok.")
            .build());

    LoginResult<QBittorrentLogin.Session> result =
        client(server.url("/").toString()).login("admin", "adminadmin");

    RecordedRequest request = server.takeRequest();
    String origin = "http://" + server.getHostName() + ":" + server.getPort();
    assertEquals(origin + "/", request.getHeaders().get("Referer"));
    assertEquals(origin, request.getHeaders().get("Origin"));
    assertEquals("username=admin&password=adminadmin", request.getBody().utf8());
    assertEquals(
        "hBc7TxF76ERhvIw0jQQ4LZ7Z1jQUV0tQ",
        ((LoginResult.Success<QBittorrentLogin.Session>) result).session().sid().reveal());
  }

  @Test
  void theOriginFollowsABaseUrlOverrideWithAPathPrefixAndLeavesThePathOut() throws Exception {
    server.enqueue(new MockResponse.Builder().body("Fails.").build());

    LoginResult<QBittorrentLogin.Session> result =
        client(server.url("/torrents/").toString()).login("admin", "wrong");

    RecordedRequest request = server.takeRequest();
    assertEquals("/torrents/api/v2/auth/login", request.getTarget());
    assertEquals(
        "http://" + server.getHostName() + ":" + server.getPort(),
        request.getHeaders().get("Origin"));
    assertEquals(
        FailureReason.INVALID_CREDENTIALS,
        assertInstanceOf(LoginResult.Failure.class, result).failure().reason());
  }

  @Test
  void aBannedAddressIsRateLimited() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(403)
            .body("Your IP address has been banned after too many failed authentication attempts.")
            .build());

    LoginResult<QBittorrentLogin.Session> result =
        client(server.url("/").toString()).login("admin", "wrong");

    assertEquals(
        FailureReason.RATE_LIMITED,
        assertInstanceOf(LoginResult.Failure.class, result).failure().reason());
  }
}
