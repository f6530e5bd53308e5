package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.loginkit.LoginException;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.SoapVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * What the fuzz tests share: one declared operation per response syntax, a secret the fuzzer can
 * place into bodies by writing {@code @@}, and the property every run must keep — one typed
 * outcome, only LoginKit's exceptions, no secret in anything shown.
 */
final class FuzzSupport {
  /** The password of every fuzzed call; {@code @@} in a fuzzed body stands for it. */
  static final String SECRET = "Zq9-s3cr3t&<é>";

  static final String API_KEY = "Kx7Vw3Rt9key";
  static final HttpUrl URL = HttpUrl.get("https://login.example.com/login");

  static final SessionMapper<String> MAPPER =
      reply ->
          reply.get(From.BODY, "sid", true)
              + "/"
              + Values.asLongObject(reply.get(From.BODY, "n", false), "n");

  private static final Redactor REDACTOR = Redactor.forSecrets(params());
  private static final Operation[] OPS = new Operation[Format.values().length];

  static {
    for (Format format : Format.values()) {
      OPS[format.ordinal()] = op(format);
    }
  }

  private FuzzSupport() {}

  static Operation op(Format format) {
    Operation.Builder b =
        switch (format) {
          case JSON -> Operation.post("login", "/login", BodyEncoding.JSON, Format.JSON);
          case XML -> Operation.get("login", "/gw.k", Format.XML);
          case SOAP ->
              Operation.post("login", "/soap", BodyEncoding.SOAP, Format.SOAP)
                  .soap(
                      new SoapSpec(
                          SoapVersion.V1_1, "urn:login", "Login", "urn:login#Login", false, false));
          case XML_RPC ->
              Operation.post("login", "/RPC2", BodyEncoding.XML_RPC, Format.XML_RPC)
                  .xmlRpc("login", true);
          default -> Operation.post("login", "/text", BodyEncoding.FORM, Format.TEXT);
        };
    return b.successWhen(format == Format.TEXT ? "." : "sid")
        .challengeWhen(FailureReason.TWO_FACTOR_REQUIRED, new int[0], "tfa/state", "required")
        .failureDetails("code", "message", "field")
        .fieldErrors("errors", FailureReason.INVALID_REQUEST)
        .onCode(FailureReason.INVALID_CREDENTIALS, "4", "E4")
        .onMessage(FailureReason.ACCOUNT_LOCKED, "locked")
        .onMessageMatching(FailureReason.RATE_LIMITED, "(?:.*\\s)?wait (?<seconds>\\d+)s.*")
        .onStatus(FailureReason.SERVICE_UNAVAILABLE, 502, 504)
        .reads("sid", "n", "a/b/@c", "list/*")
        .build();
  }

  static Params params() {
    return new Params()
        .param("user", "alice")
        .secret("password", SECRET)
        .secret("X-Api-Key", API_KEY, In.HEADER);
  }

  /**
   * {@code data} with every {@code @@} replaced by the secret, so the fuzzer can make servers echo
   * it.
   */
  static byte[] withSecret(byte[] data) {
    byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length + 16);
    for (int i = 0; i < data.length; i++) {
      if (data[i] == '@' && i + 1 < data.length && data[i + 1] == '@') {
        out.write(secret, 0, secret.length);
        i++;
      } else {
        out.write(data[i]);
      }
    }
    return out.toByteArray();
  }

  /**
   * The decoder may only refuse with {@link MalformedBodyException}, which the interpretation
   * (decoder, classification, session mapping, redaction) turns into an outcome; any other
   * exception escapes {@code interpret} and is a finding. The outcome's texts hold no secret.
   */
  static void decodeAndInterpret(Format format, byte[] data) {
    byte[] body = withSecret(data);
    int status = data.length == 0 ? 200 : STATUSES[(data[0] & 0xFF) % STATUSES.length];
    LoginResult<String> result =
        ResponseInterpreter.interpret(
            OPS[format.ordinal()],
            format,
            status,
            HEADERS,
            URL,
            body,
            null,
            MAPPER,
            REDACTOR,
            null,
            null);
    assertClean(result, List.of());
  }

  private static final int[] STATUSES = {200, 200, 401, 500, 302};
  private static final Headers HEADERS = Headers.of("Content-Type", "text/html");

  /** One outcome; orThrow() throws a LoginException or nothing; no secret in any text. */
  static void assertClean(LoginResult<?> result, List<String> more) {
    assertNotNull(result);
    List<String> texts = new ArrayList<>(more);
    texts.add(result.toString());
    if (result instanceof LoginResult.Failure<?> f) {
      texts.add(f.failure().summary());
      causes(f.cause(), texts);
    }
    try {
      texts.add(String.valueOf(result.orThrow()));
    } catch (LoginException e) {
      causes(e, texts);
    }
    for (String text : texts) {
      assertFalse(text.contains(SECRET), () -> "secret in: " + text);
      assertFalse(text.contains(API_KEY), () -> "API key in: " + text);
    }
  }

  /** What a stack trace prints besides frames: each throwable's toString, causes and suppressed. */
  static void causes(Throwable t, List<String> out) {
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      out.add(t.toString());
      for (Throwable s : t.getSuppressed()) {
        causes(s, out);
      }
    }
  }

  static String stackTrace(Throwable t) {
    if (t == null) {
      return "";
    }
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
