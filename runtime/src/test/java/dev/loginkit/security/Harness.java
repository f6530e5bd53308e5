package dev.loginkit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.loginkit.CallTracker;
import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginException;
import dev.loginkit.LoginFailure;
import dev.loginkit.LoginProtocolException;
import dev.loginkit.LoginRejectedException;
import dev.loginkit.LoginResponseTooLargeException;
import dev.loginkit.LoginResult;
import dev.loginkit.LoginTransportException;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.SoapVersion;
import dev.loginkit.internal.LoginRuntime;
import dev.loginkit.internal.Operation;
import dev.loginkit.internal.Params;
import dev.loginkit.internal.SessionMapper;
import dev.loginkit.internal.SoapSpec;
import dev.loginkit.internal.Values;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.ConnectionPool;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * One hostile-server case: a MockWebServer, a caller's OkHttp client whose pool and wire sends the
 * case can inspect, a LoginRuntime over it with an opt-in logger, and the checks every case makes:
 * the typed outcome, the number of requests, no secret anywhere, no leaked connection.
 */
final class Harness implements AutoCloseable {
  /** Rich in characters every encoding escapes differently; "Zq9" is scanned for in any form. */
  static final String PASSWORD = "Zq9 pä$$/wörd&<b>\"'+=%;";

  static final String API_KEY = "ak-Kx7Vw3Rt9";
  static final String USER = "alice";

  /** Fragments of the secrets that survive every escaping but Base64: a partial leak shows too. */
  static final List<String> CORES = List.of("Zq9", "Kx7Vw3Rt9");

  /** The session a successful case maps; its {@code toString()} is scanned like everything else. */
  record Session(String sid, Long n) {}

  static final SessionMapper<Session> MAPPER =
      reply ->
          new Session(
              reply.get(From.BODY, "sid", true),
              Values.asLongObject(reply.get(From.BODY, "n", false), "n"));

  /** The four response syntaxes, each with a login declared the way a seed API does it. */
  enum Fmt {
    JSON(
        Operation.post("login", "/login", BodyEncoding.JSON, Format.JSON)
            .successWhen("sid")
            .failureDetails("code", "message", "")
            .onCode(FailureReason.INVALID_CREDENTIALS, "E4")
            .reads("sid", "n")
            .build(),
        "application/json"),
    XML(
        Operation.get("login", "/gw.k", Format.XML)
            .successWhen("rc", "0")
            .failureDetails("rc", "msg", "")
            .onCode(FailureReason.INVALID_CREDENTIALS, "4")
            .reads("sid", "n")
            .build(),
        "text/xml"),
    SOAP(
        Operation.post("login", "/soap", BodyEncoding.SOAP, Format.SOAP)
            .soap(
                new SoapSpec(
                    SoapVersion.V1_1, "urn:login", "Login", "urn:login#Login", false, false))
            .successWhen("sid")
            .failureDetails("code", "message", "")
            .onCode(FailureReason.INVALID_CREDENTIALS, "E4")
            .onMessage(FailureReason.INVALID_CREDENTIALS, "Invalid password")
            .reads("sid", "n")
            .build(),
        "text/xml"),
    XML_RPC(
        Operation.post("login", "/RPC2", BodyEncoding.XML_RPC, Format.XML_RPC)
            .xmlRpc("login", true)
            .successWhen("sid")
            .failureDetails("code", "message", "")
            .onCode(FailureReason.INVALID_CREDENTIALS, "4", "E4")
            .reads("sid", "n")
            .build(),
        "text/xml");

    final Operation op;
    final String contentType;

    Fmt(Operation op, String contentType) {
      this.op = op;
      this.contentType = contentType;
    }

    /** The parameters a caller passes: the user, the password, the API key in a header. */
    Params params(String password) {
      Params params = new Params();
      if (this == XML) {
        params.param("api", "login").param("uid", USER).secret("pswd", password);
      } else {
        params.param("user", USER).secret("password", password);
      }
      return params.secret("X-Api-Key", API_KEY, In.HEADER);
    }

    /**
     * A response body holding {@code fields} (name, XML-ready value, …) where this syntax keeps
     * them.
     */
    String body(String... fields) {
      StringBuilder out = new StringBuilder();
      switch (this) {
        case JSON -> {
          out.append('{');
          for (int i = 0; i < fields.length; i += 2) {
            out.append(i == 0 ? "" : ",")
                .append('"')
                .append(fields[i])
                .append("\":\"")
                .append(fields[i + 1])
                .append('"');
          }
          return out.append('}').toString();
        }
        case XML -> {
          out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><out>");
          for (int i = 0; i < fields.length; i += 2) {
            out.append('<')
                .append(fields[i])
                .append('>')
                .append(fields[i + 1])
                .append("</")
                .append(fields[i])
                .append('>');
          }
          return out.append("</out>").toString();
        }
        case SOAP -> {
          out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
              .append(
                  "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>")
              .append("<LoginResponse xmlns=\"urn:login\">");
          for (int i = 0; i < fields.length; i += 2) {
            out.append('<')
                .append(fields[i])
                .append('>')
                .append(fields[i + 1])
                .append("</")
                .append(fields[i])
                .append('>');
          }
          return out.append("</LoginResponse></soap:Body></soap:Envelope>").toString();
        }
        default -> {
          out.append("<?xml version=\"1.0\"?><methodResponse><params><param><value><struct>");
          for (int i = 0; i < fields.length; i += 2) {
            out.append("<member><name>")
                .append(fields[i])
                .append("</name><value><string>")
                .append(fields[i + 1])
                .append("</string></value></member>");
          }
          return out.append("</struct></value></param></params></methodResponse>").toString();
        }
      }
    }

    /** A successful answer. */
    String success() {
      return this == XML ? body("rc", "0", "sid", "S1", "n", "7") : body("sid", "S1", "n", "7");
    }

    /** A refusal carrying {@code message} and this syntax's invalid-credentials code. */
    String refusal(String message) {
      return switch (this) {
        case JSON -> body("code", "E4", "message", message);
        case XML -> body("rc", "4", "msg", message);
        case SOAP -> body("code", "E4", "message", message);
        default -> body("code", "E4", "message", message);
      };
    }
  }

  final MockWebServer server = new MockWebServer();
  final ConnectionPool pool = new ConnectionPool();

  /** Wire sends (requests whose headers began to reach a socket) and the end of every call. */
  final CallTracker calls = new CallTracker();

  final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
  private final List<MockWebServer> others = new ArrayList<>();
  OkHttpClient client;

  Harness() throws IOException {
    server.start();
    client = callersClient().build();
  }

  /** What a caller might pass: its own pool, an event listener counting wire sends and calls. */
  OkHttpClient.Builder callersClient() {
    return new OkHttpClient.Builder().connectionPool(pool).eventListener(calls);
  }

  MockWebServer otherServer() throws IOException {
    MockWebServer other = new MockWebServer();
    other.start();
    others.add(other);
    return other;
  }

  LoginRuntime runtime() {
    return runtime(c -> {});
  }

  LoginRuntime runtime(Consumer<LoginClientConfig.Builder> tweak) {
    LoginClientConfig.Builder config =
        LoginClientConfig.builder()
            .baseUrl(server.url("/").toString())
            .httpClient(client)
            .logger(logLines::add);
    tweak.accept(config);
    return new LoginRuntime("https://login.example.com", config.build());
  }

  LoginResult<Session> login(Fmt fmt) {
    return login(fmt, runtime());
  }

  LoginResult<Session> login(Fmt fmt, LoginRuntime runtime) {
    return runtime.execute(fmt.op, fmt.params(PASSWORD), MAPPER);
  }

  void enqueue(int code, String contentType, String body) {
    MockResponse.Builder response = new MockResponse.Builder().code(code).body(body);
    if (contentType != null) {
      response.addHeader("Content-Type", contentType);
    }
    server.enqueue(response.build());
  }

  // ---- the checks every case makes ----

  /** A failure of {@code reason} whose orThrow() is {@code type}; returns the failure. */
  <E extends LoginException> LoginFailure assertFailure(
      LoginResult<?> result, FailureReason reason, Class<E> type) {
    LoginResult.Failure<?> failure =
        assertInstanceOf(LoginResult.Failure.class, result, String.valueOf(result));
    assertEquals(reason, failure.failure().reason(), failure.failure().summary());
    LoginException thrown = assertThrows(LoginException.class, result::orThrow);
    assertEquals(type, thrown.getClass(), thrown.toString());
    assertSecretsAbsent(result);
    return failure.failure();
  }

  LoginFailure assertProtocolError(LoginResult<?> result) {
    return assertFailure(result, FailureReason.PROTOCOL_ERROR, LoginProtocolException.class);
  }

  LoginFailure assertTooLarge(LoginResult<?> result) {
    LoginFailure f =
        assertFailure(result, FailureReason.PROTOCOL_ERROR, LoginResponseTooLargeException.class);
    assertTrue(f.responseTooLarge(), f.toString());
    return f;
  }

  LoginFailure assertRejected(LoginResult<?> result, FailureReason reason) {
    return assertFailure(result, reason, LoginRejectedException.class);
  }

  LoginFailure assertTransport(LoginResult<?> result, boolean mayHaveBeenProcessed) {
    LoginFailure f =
        assertFailure(result, FailureReason.TRANSPORT_ERROR, LoginTransportException.class);
    LoginTransportException e = assertThrows(LoginTransportException.class, result::orThrow);
    assertEquals(mayHaveBeenProcessed, e.mayHaveBeenProcessed(), f.summary());
    assertEquals(0, f.httpStatus());
    return f;
  }

  Session assertSuccess(LoginResult<Session> result) {
    Session session =
        assertInstanceOf(LoginResult.Success.class, result, String.valueOf(result)).session()
                instanceof Session s
            ? s
            : fail("not a session");
    assertSecretsAbsent(result);
    return session;
  }

  /** Exactly {@code sends} requests left this process and {@code received} reached the server. */
  void assertRequests(int sends, int received) throws InterruptedException {
    assertEquals(sends, calls.wireSends(), "requests written to the network");
    // The server may still be reading a request the client gave up on: wait for it to be recorded
    // (MockWebServer counts a request before it queues it).
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.getRequestCount() < received) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || server.takeRequest(left, TimeUnit.NANOSECONDS) == null) {
        break;
      }
    }
    assertEquals(received, server.getRequestCount(), "requests the server received");
  }

  /**
   * Every call ended and released its connection, none of them went to the caller's pool (a login
   * keeps no connection), and no call is still running.
   */
  void assertNoLeak() throws InterruptedException {
    assertTrue(calls.awaitAllEnded(Duration.ofSeconds(10)), "calls still running");
    assertEquals(0, calls.connectionsHeld(), "connections still held by a call");
    assertEquals(0, pool.connectionCount(), "a login connection went to the caller's pool");
    assertEquals(0, client.dispatcher().runningCallsCount(), "calls still running");
  }

  /** No spelling of any secret in anything the outcome, its exception or the logger shows. */
  void assertSecretsAbsent(LoginResult<?> result) {
    List<String> texts = new ArrayList<>(texts(result));
    synchronized (logLines) {
      texts.addAll(logLines);
    }
    assertNoSecretIn(texts);
  }

  static void assertNoSecretIn(List<String> texts) {
    Set<String> needles = new LinkedHashSet<>(CORES);
    needles.addAll(spellings(PASSWORD));
    needles.addAll(spellings(API_KEY));
    for (String text : texts) {
      for (String needle : needles) {
        assertFalse(
            text != null && text.contains(needle), "secret spelled '" + needle + "' in: " + text);
      }
    }
  }

  /**
   * The texts a caller could print: toString, summary, exception message, toString and stack trace.
   */
  static List<String> texts(LoginResult<?> result) {
    List<String> texts = new ArrayList<>();
    assertNotNull(result);
    texts.add(result.toString());
    if (result instanceof LoginResult.Failure<?> f) {
      texts.add(f.failure().summary());
      texts.add(f.failure().toString());
      texts.add(stackTrace(f.cause()));
    } else if (result instanceof LoginResult.Challenge<?> c) {
      texts.add(c.details().toString());
    }
    try {
      Object session = result.orThrow();
      texts.add(String.valueOf(session));
    } catch (LoginException e) {
      texts.add(e.toString());
      texts.add(e.getMessage());
      texts.add(String.valueOf(e.failure()));
      texts.add(stackTrace(e));
    }
    return texts;
  }

  static String stackTrace(Throwable t) {
    if (t == null) {
      return "";
    }
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  /**
   * The spellings of {@code secret} a wire or an echoing server may use, computed here
   * independently of the runtime's Redactor: raw, URL- and form-encoded (three encoders), JSON- and
   * XML-escaped, Base64.
   */
  static Set<String> spellings(String secret) {
    Set<String> out = new LinkedHashSet<>();
    out.add(secret);
    String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    out.add(form);
    out.add(form.replace("+", "%20"));
    out.add(
        HttpUrl.get("http://h/")
            .newBuilder()
            .addQueryParameter("q", secret)
            .build()
            .encodedQuery()
            .substring(2));
    out.add(new FormBody.Builder().add("f", secret).build().encodedValue(0));
    StringWriter json = new StringWriter();
    try (JsonGenerator gen = new JsonFactory().createGenerator(json)) {
      gen.writeString(secret);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    out.add(json.toString().substring(1, json.toString().length() - 1));
    out.add(
        secret
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&apos;"));
    out.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    out.add(
        Base64.getEncoder()
            .withoutPadding()
            .encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    return out;
  }

  @Override
  public void close() {
    for (MockWebServer other : others) {
      other.close();
    }
    server.close();
    client.dispatcher().executorService().shutdown();
    pool.evictAll();
  }
}
