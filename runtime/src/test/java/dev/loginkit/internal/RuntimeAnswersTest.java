package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real runtime against a loopback server: an answer is decoded in the charset its server
 * declared; a defect while interpreting an answer is still one typed outcome; every attempt,
 * refused framing and transport failures included, gives the opt-in logger one line without a
 * secret.
 */
class RuntimeAnswersTest {
  private static final String PASSWORD = "L0g-p@ss";
  private static final SessionMapper<String> MAPPER = reply -> reply.get(From.BODY, "sid", true);
  private static final Operation JSON_LOGIN =
      Operation.post("login", "/login", BodyEncoding.FORM, Format.JSON)
          .successWhen("sid")
          .reads("sid")
          .build();
  private static final Operation XML_LOGIN =
      Operation.post("login", "/login", BodyEncoding.FORM, Format.XML)
          .successWhen("sid")
          .reads("sid")
          .build();
  private static final Pattern MILLIS = Pattern.compile(" in (\\d+) ms");

  private final MockWebServer server = new MockWebServer();
  private final List<String> lines = new ArrayList<>();
  private LoginRuntime runtime;

  @BeforeEach
  void start() throws IOException {
    server.start();
    runtime =
        new LoginRuntime(
            "https://login.example.com",
            LoginClientConfig.builder()
                .baseUrl(server.url("/").toString())
                .logger(lines::add)
                .build());
  }

  @AfterEach
  void stop() {
    server.close();
    for (String line : lines) {
      assertFalse(line.contains(PASSWORD), line);
    }
  }

  private static Params params() {
    return new Params().param("user", "alice").secret("password", PASSWORD);
  }

  @Test
  void theDeclaredCharsetOfTheAnswerIsHonoured() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json; charset=ISO-8859-1")
            .body(new Buffer().write("{\"sid\":\"café\"}".getBytes(StandardCharsets.ISO_8859_1)))
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/xml; charset=ISO-8859-1")
            .body(new Buffer().write("<r><sid>ßé</sid></r>".getBytes(StandardCharsets.ISO_8859_1)))
            .build());

    assertEquals(
        "café",
        assertInstanceOf(LoginResult.Success.class, runtime.execute(JSON_LOGIN, params(), MAPPER))
            .session());
    assertEquals(
        "ßé",
        assertInstanceOf(LoginResult.Success.class, runtime.execute(XML_LOGIN, params(), MAPPER))
            .session());
  }

  @Test
  void aDefectWhileInterpretingIsAProtocolErrorNamingOnlyItsType() {
    server.enqueue(
        new MockResponse.Builder().code(200).body("{\"sid\":\"" + PASSWORD + "\"}").build());
    SessionMapper<String> failing =
        reply -> {
          throw new IllegalStateException("mapper saw " + reply.get(From.BODY, "sid", true));
        };

    LoginFailure failure =
        assertInstanceOf(LoginResult.Failure.class, runtime.execute(JSON_LOGIN, params(), failing))
            .failure();

    assertEquals(FailureReason.PROTOCOL_ERROR, failure.reason());
    assertEquals("response could not be interpreted (IllegalStateException)", failure.message());
    assertEquals(200, failure.httpStatus());
  }

  @Test
  void eachAnsweredAttemptIsLoggedWithItsDuration() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"sid\":\"s\"}")
            .headersDelay(30, TimeUnit.MILLISECONDS)
            .build());
    long start = System.nanoTime();

    runtime.execute(JSON_LOGIN, params(), MAPPER);

    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(1, lines.size(), lines.toString());
    Matcher m = MILLIS.matcher(lines.get(0));
    assertTrue(m.find(), lines.get(0));
    long logged = Long.parseLong(m.group(1));
    assertTrue(
        logged >= 25 && logged <= elapsed, logged + " ms logged, " + elapsed + " ms elapsed");
    assertTrue(lines.get(0).contains(" 200"), lines.get(0));
  }

  @Test
  void aRefusedFramingIsLogged() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Transfer-Encoding", "gzip")
            .body("x")
            .build());

    LoginFailure failure =
        assertInstanceOf(LoginResult.Failure.class, runtime.execute(JSON_LOGIN, params(), MAPPER))
            .failure();

    assertEquals(FailureReason.PROTOCOL_ERROR, failure.reason());
    assertTrue(failure.message().contains("Transfer-Encoding"), failure.message());
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains("Transfer-Encoding"), lines.get(0));
  }

  @Test
  void aTransportFailureIsLogged() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());

    LoginFailure failure =
        assertInstanceOf(LoginResult.Failure.class, runtime.execute(JSON_LOGIN, params(), MAPPER))
            .failure();

    assertEquals(FailureReason.TRANSPORT_ERROR, failure.reason());
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains("no response"), lines.get(0));
    assertTrue(lines.get(0).contains(FailureReason.TRANSPORT_ERROR.name()), lines.get(0));
  }
}
