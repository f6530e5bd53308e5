package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginResult;
import dev.loginkit.SessionInterceptor;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.SoapVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kotlin.Unit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Woodstox is optional in {@code loginkit-runtime}. Here the runtime and the rest of a JSON-only
 * user's closure (annotations, OkHttp, Okio, Kotlin, jackson-core) are loaded by a class loader
 * that does not see {@code com.ctc.wstx} or {@code org.codehaus.stax2}: an XML, SOAP or XML-RPC
 * call is refused with the typed {@code LoginConfigurationException} before anything is sent, and a
 * JSON login with a secret still works.
 */
class WithoutWoodstoxTest {
  private final MockWebServer server = new MockWebServer();
  private URLClassLoader loader;

  @BeforeEach
  void start() throws Exception {
    server.start();
    loader = new URLClassLoader(jsonOnlyClassPath(), ClassLoader.getPlatformClassLoader());
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    loader.close();
  }

  @Test
  void theLoaderHidesWoodstoxAndHasItsOwnRuntime() throws Exception {
    assertThrows(
        ClassNotFoundException.class, () -> loader.loadClass("com.ctc.wstx.stax.WstxInputFactory"));
    assertThrows(
        ClassNotFoundException.class,
        () -> loader.loadClass("org.codehaus.stax2.XMLStreamReader2"));
    assertSame(loader, loader.loadClass(LoginRuntime.class.getName()).getClassLoader());
  }

  @Test
  void jsonLoginWorks() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"s-1\"}").build());

    assertEquals("s-1", call("json"));

    assertEquals(
        "{\"login\":\"alice\",\"passwd\":\"pw&<1\"}", server.takeRequest().getBody().utf8());
  }

  @Test
  void xmlResponseIsRefusedBeforeSending() throws Exception {
    assertRefused("xml", "Operation[login GET /gw.k] reads XML answers, which needs Woodstox");
  }

  @Test
  void soapCallIsRefusedBeforeSending() throws Exception {
    assertRefused("soap", "Operation[login POST /soap] sends a SOAP body, which needs Woodstox");
  }

  @Test
  void xmlRpcCallIsRefusedBeforeSending() throws Exception {
    assertRefused(
        "xmlRpc", "Operation[login POST /rpc] sends an XML-RPC body, which needs Woodstox");
  }

  @Test
  void jsonOperationAnsweredAsXmlForThisCallIsRefusedBeforeSending() throws Exception {
    assertRefused(
        "jsonAnsweredAsXml",
        "Operation[login POST /login] reads XML answers, which needs Woodstox");
  }

  @Test
  void xmlOperationAnsweredAsJsonForThisCallWorks() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"sid\":\"s-json\"}").build());

    assertEquals("s-json", call("xmlAnsweredAsJson"));
    assertEquals(1, server.getRequestCount());
  }

  /**
   * A JSON API whose later answer says {@code text/xml}: with Woodstox the session interceptor
   * reads it as XML, finds the expiry code and logs in again; without, it is not read as XML (no
   * {@code NoClassDefFoundError} in the interceptor) and the answer is returned as it is.
   */
  @Test
  void sessionExpiryInAnXmlAnswerIsSkippedWithoutWoodstox() throws Exception {
    server.enqueue(xmlExpired());

    assertEquals(1, call("laterCall"), "logins");
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void withWoodstoxSessionExpiryInAnXmlAnswerIsRead() {
    server.enqueue(xmlExpired());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

    assertEquals(2, Calls.laterCall(server.url("/").toString()), "logins");
    assertEquals(2, server.getRequestCount());
  }

  private static MockResponse xmlExpired() {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "text/xml")
        .body("<out><error>expired</error></out>")
        .build();
  }

  /** The same refusal with Woodstox present would be a bug: the call goes out. */
  @Test
  void withWoodstoxTheXmlCallIsSent() {
    server.enqueue(new MockResponse.Builder().code(200).body("<out><sid>s-2</sid></out>").build());

    assertEquals("s-2", Calls.call("xml", server.url("/").toString()));
    assertEquals(1, server.getRequestCount());
  }

  private void assertRefused(String kind, String what) throws Exception {
    server.enqueue(
        new MockResponse.Builder().code(200).body("<out><sid>never</sid></out>").build());

    Throwable thrown = assertThrows(InvocationTargetException.class, () -> call(kind)).getCause();

    assertEquals("dev.loginkit.LoginConfigurationException", thrown.getClass().getName());
    assertSame(loader, thrown.getClass().getClassLoader());
    assertTrue(thrown.getMessage().contains(what), thrown.getMessage());
    assertTrue(
        thrown.getMessage().contains("com.fasterxml.woodstox:woodstox-core"), thrown.getMessage());
    assertEquals(0, server.getRequestCount(), "nothing may be sent");
  }

  /**
   * {@link Calls#call} (or another method of it, given its name) as loaded by the loader without
   * Woodstox.
   */
  private Object call(String kind) throws Exception {
    Class<?> calls = loader.loadClass(Calls.class.getName());
    assertNotSame(Calls.class, calls);
    if (kind.equals("laterCall")) {
      return calls.getMethod("laterCall", String.class).invoke(null, server.url("/").toString());
    }
    Method call = calls.getMethod("call", String.class, String.class);
    return call.invoke(null, kind, server.url("/").toString());
  }

  /**
   * Where the runtime, this test and a JSON-only user's dependencies were loaded from; no Woodstox.
   */
  private static URL[] jsonOnlyClassPath() {
    List<URL> urls = new ArrayList<>();
    for (Class<?> type :
        List.of(
            LoginRuntime.class,
            WithoutWoodstoxTest.class,
            Format.class,
            OkHttpClient.class,
            Buffer.class,
            Unit.class,
            JsonFactory.class)) {
      URL url = type.getProtectionDomain().getCodeSource().getLocation();
      if (!urls.contains(url)) {
        urls.add(url);
      }
    }
    return urls.toArray(new URL[0]);
  }

  /** Logins run inside the loader (no JUnit there); public for reflection. */
  public static final class Calls {
    private static final SessionMapper<String> SID = reply -> reply.get(From.BODY, "sid", true);

    private Calls() {}

    /** Logs in with an operation of {@code kind} against {@code baseUrl}; the session id. */
    public static String call(String kind, String baseUrl) {
      Operation op =
          switch (kind) {
            case "json", "jsonAnsweredAsXml" ->
                Operation.post("login", "/login", BodyEncoding.JSON, Format.JSON)
                    .reads("sid")
                    .build();
            case "xml", "xmlAnsweredAsJson" ->
                Operation.get("login", "/gw.k", Format.XML).reads("sid").build();
            case "soap" ->
                Operation.post("login", "/soap", BodyEncoding.SOAP, Format.SOAP)
                    .soap(new SoapSpec(SoapVersion.V1_1, "urn:api", "login", "", true, false))
                    .reads("sid")
                    .build();
            case "xmlRpc" ->
                Operation.post("login", "/rpc", BodyEncoding.XML_RPC, Format.XML_RPC)
                    .xmlRpc("login", true)
                    .reads("sid")
                    .build();
            default -> throw new IllegalArgumentException(kind);
          };
      LoginRuntime runtime = new LoginRuntime(baseUrl, LoginClientConfig.defaults());
      // As a generated client with a Format parameter calls it: the answer's format chosen per
      // call.
      Format format =
          kind.equals("jsonAnsweredAsXml")
              ? Format.XML
              : kind.equals("xmlAnsweredAsJson") ? Format.JSON : op.format();
      LoginResult<String> result =
          runtime.execute(
              op, new Params().param("login", "alice").secret("passwd", "pw&<1"), SID, format);
      if (result instanceof LoginResult.Success<String> success) {
        return success.session();
      }
      throw new AssertionError("not a success: " + result);
    }

    /**
     * One later GET through a session interceptor whose expiry code is at {@code error} in a JSON
     * API; how many logins it took.
     */
    public static int laterCall(String url) {
      AtomicInteger logins = new AtomicInteger();
      SessionInterceptor<String> sessions =
          new SessionInterceptor<>(
              () -> "s-" + logins.incrementAndGet(),
              (session, to) -> {},
              new ExpiryRule(new int[0], Format.JSON, "error", "expired"));
      OkHttpClient client = new OkHttpClient.Builder().addInterceptor(sessions).build();
      try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
        response.body().string();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return logins.get();
    }
  }
}
