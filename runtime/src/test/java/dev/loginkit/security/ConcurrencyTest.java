package dev.loginkit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.In;
import dev.loginkit.internal.LoginRuntime;
import dev.loginkit.internal.Params;
import dev.loginkit.security.Harness.Fmt;
import dev.loginkit.security.Harness.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads share one generated-client runtime (one OkHttp client, one pool): every thread gets
 * its own session, its own refusal, and never another thread's secret, masked or not.
 */
class ConcurrencyTest {
  private static final int THREADS = 12;
  private static final int CALLS = 25;

  @Test
  @Timeout(60)
  void threadsSharingOneClientNeverSeeEachOthersSessionsOrSecrets() throws Exception {
    try (Harness h = new Harness()) {
      h.client = h.callersClient().build();
      h.server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              Map<String, String> fields = fields(request.getBody().utf8());
              String user = fields.get("user");
              String password = fields.get("password");
              String key = request.getHeaders().get("X-Api-Key");
              if (password.endsWith("-bad")) {
                return new MockResponse.Builder()
                    .code(401)
                    .body(
                        "{\"code\":\"E4\",\"message\":\""
                            + password
                            + " is wrong for "
                            + user
                            + " (key "
                            + key
                            + ")\"}")
                    .build();
              }
              return new MockResponse.Builder()
                  .code(200)
                  .body("{\"sid\":\"S-" + user + "-" + fields.get("call") + "\"}")
                  .build();
            }
          });
      LoginRuntime shared = h.runtime();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(pool.submit(() -> run(shared, thread)));
      }
      List<String> outputs = new ArrayList<>();
      for (Future<List<String>> result : results) {
        outputs.addAll(result.get(50, TimeUnit.SECONDS));
      }
      pool.shutdown();

      for (String text : outputs) {
        assertFalse(text.matches("(?s).*pw-\\d+-\\d+.*"), "a password in: " + text);
        assertFalse(text.contains("key-"), "an API key in: " + text);
      }
      Harness.assertNoSecretIn(h.logLines);
      assertEquals(THREADS * CALLS, h.calls.wireSends());
      assertEquals(THREADS * CALLS, h.server.getRequestCount());
      assertEquals(THREADS * CALLS, h.logLines.size());
      h.assertNoLeak();
    }
  }

  /** One thread's logins: its own session on success, a refusal masking only its own secrets. */
  private static List<String> run(LoginRuntime runtime, int thread) {
    List<String> texts = new ArrayList<>();
    for (int call = 0; call < CALLS; call++) {
      boolean bad = call % 3 == 0;
      String user = "user" + thread;
      String password = "pw-" + thread + "-" + call + "-Zq9" + (bad ? "-bad" : "");
      Params params =
          new Params()
              .param("user", user)
              .secret("password", password)
              .param("call", String.valueOf(call))
              .secret("X-Api-Key", "key-" + thread, In.HEADER);
      LoginResult<Session> result = runtime.execute(Fmt.JSON.op, params, Harness.MAPPER);
      if (bad) {
        LoginFailure f = ((LoginResult.Failure<?>) result).failure();
        assertEquals(FailureReason.INVALID_CREDENTIALS, f.reason());
        assertEquals("*** is wrong for " + user + " (key ***)", f.message());
      } else {
        assertTrue(
            result instanceof LoginResult.Success<Session> s
                && s.session().sid().equals("S-" + user + "-" + call),
            String.valueOf(result));
      }
      texts.addAll(Harness.texts(result));
    }
    return texts;
  }

  private static Map<String, String> fields(String json) {
    Map<String, String> out = new HashMap<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      while (parser.nextToken() != null) {
        if (parser.currentToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          out.put(name, parser.getText());
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }
}
