package dev.loginkit.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * The shared OkHttp client LoginKit creates when the caller passes none does not keep the JVM
 * alive: a program whose only work is one async login exits as soon as its main thread returns, not
 * after OkHttp's 60 s idle timeout of non-daemon dispatcher threads.
 */
class SharedClientExitTest {
  /** Far below the 60 s a non-daemon dispatcher thread idles, far above a JVM's shutdown. */
  private static final long EXIT_WITHIN_SECONDS = 20;

  @Test
  void aProgramThatMadeOneAsyncLoginExitsPromptly() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().body("{\"token\":\"t1\"}").build());
      server.start();
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process child =
          new ProcessBuilder(
                  java.toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  OneAsyncLogin.class.getName(),
                  server.url("/").toString())
              .redirectErrorStream(true)
              .start();
      String line;
      long doneAt;
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8))) {
        line = out.readLine(); // blocks until the child has logged in
        doneAt = System.nanoTime();
        assertEquals("SUCCESS t1", line, "the child's output");
        boolean exited = child.waitFor(EXIT_WITHIN_SECONDS, TimeUnit.SECONDS);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - doneAt);
        if (!exited) {
          child.destroyForcibly();
        }
        assertTrue(
            exited, "the JVM was still running " + seconds + " s after its main thread returned");
        assertEquals(0, child.exitValue());
      }
      assertEquals(1, server.getRequestCount());
    }
  }

  /** The child: one async login through the shared client, then {@code main} returns. */
  public static final class OneAsyncLogin {
    private OneAsyncLogin() {}

    public static void main(String[] args) {
      Operation op =
          Operation.post("login", "/login", BodyEncoding.JSON, Format.JSON).reads("token").build();
      LoginRuntime runtime =
          new LoginRuntime(
              "https://api.example.com",
              LoginClientConfig.builder()
                  .baseUrl(args[0])
                  .build()); // no httpClient: the shared one
      LoginResult<String> result =
          runtime
              .executeAsync(
                  op,
                  new Params().param("user", "alice"),
                  reply -> reply.get(From.BODY, "token", true),
                  null)
              .join();
      System.out.println(
          result instanceof LoginResult.Success<String> s
              ? "SUCCESS " + s.session()
              : result.toString());
      System.out.flush();
    }
  }
}
