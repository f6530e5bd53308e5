package dev.loginkit.samples.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.annotations.FailureReason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;
import okio.Okio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A multipart login: one form-data part per parameter, a record as one JSON part, nulls left out.
 */
class MultipartLoginTest {
  private static final String PASSWORD = "pa\"ss\r\nword";

  @StartStop public final MockWebServer server = new MockWebServer();

  private MultipartLogin client;

  @BeforeEach
  void setUp() {
    client =
        new MultipartLoginClient(
            LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** One received part: its Content-Disposition and Content-Type headers and its body. */
  private record Part(String disposition, String contentType, String body) {}

  @Test
  void sendsOnePartPerParameterInOrder() throws Exception {
    server.enqueue(json(200, "{\"sessionId\":\"mp-1\"}"));

    MultipartLogin.Session session =
        client.login("zoë", PASSWORD, 3600, new MultipartLogin.Device("dev-7", true, 2), "123456");

    List<Part> parts = takeParts();
    assertEquals(
        List.of(
            new Part("form-data; name=\"login\"", null, "zoë"),
            new Part("form-data; name=\"passwd\"", null, PASSWORD),
            new Part("form-data; name=\"ttl\"", null, "3600"),
            new Part(
                "form-data; name=\"device\"",
                null,
                "{\"id\":\"dev-7\",\"trusted\":true,\"screens\":2}"),
            new Part("form-data; name=\"otp\"", null, "123456")),
        parts);
    assertEquals(new MultipartLogin.Session("mp-1"), session);
  }

  @Test
  void optionalPartsThatAreNullAreLeftOut() throws Exception {
    server.enqueue(json(200, "{\"sessionId\":\"mp-2\"}"));

    MultipartLogin.Session session = client.login("ann", "pw", 0, null, null);

    assertEquals(
        List.of(
            new Part("form-data; name=\"login\"", null, "ann"),
            new Part("form-data; name=\"passwd\"", null, "pw"),
            new Part("form-data; name=\"ttl\"", null, "0")),
        takeParts());
    assertEquals(new MultipartLogin.Session("mp-2"), session);
  }

  @Test
  void aForbiddenAnswerIsAccessDeniedWithoutThePassword() throws Exception {
    server.enqueue(json(403, "{\"message\":\"no\"}"));

    LoginRejectedException e =
        assertThrows(
            LoginRejectedException.class, () -> client.login("ann", PASSWORD, 60, null, null));

    assertEquals(
        List.of(
            new Part("form-data; name=\"login\"", null, "ann"),
            new Part("form-data; name=\"passwd\"", null, PASSWORD),
            new Part("form-data; name=\"ttl\"", null, "60")),
        takeParts());
    assertEquals(FailureReason.ACCESS_DENIED, e.reason());
    assertEquals(403, e.failure().httpStatus());
    assertEquals("ACCESS_DENIED (HTTP 403)", e.getMessage());
    assertFalse(e.failure().toString().contains("pa\"ss"), "password leaked");
  }

  /** The next request, checked to be a multipart POST to the declared path, as its parts. */
  private List<Part> takeParts() throws Exception {
    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/api/login", request.getTarget());
    MediaType type = MediaType.get(request.getHeaders().get("Content-Type"));
    assertEquals("multipart/form-data", type.type() + "/" + type.subtype());
    return parts(request.getBody(), type.parameter("boundary"));
  }

  private static List<Part> parts(ByteString body, String boundary) throws IOException {
    List<Part> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(body), boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        parts.add(
            new Part(
                part.headers().get("Content-Disposition"),
                part.headers().get("Content-Type"),
                Okio.buffer(part.body()).readUtf8()));
      }
    }
    return parts;
  }
}
