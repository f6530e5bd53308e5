package dev.loginkit.benchmarks;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.Format;
import dev.loginkit.internal.Operation;
import dev.loginkit.internal.Params;
import dev.loginkit.internal.SessionMapper;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Benchmark-only access to the runtime's package-private pieces: runs exactly what {@code
 * LoginRuntime} runs once a response body is in memory — decode, classify, map — without the
 * per-call setup {@code ExampleCheck} adds for compile-time checks, and times the redactor and the
 * request encoder alone.
 *
 * <p>It lives in the benchmarks' own package (a class in {@code dev.loginkit.internal} would split
 * that package between two jars) and reaches the internals through method handles, looked up once
 * into {@code static final} fields, which the JIT inlines like direct calls. The runtime keeps no
 * benchmark-only code; this works on the class path (and with the runtime as an automatic module,
 * whose packages are open).
 */
public final class BenchAccess {
  private static final Headers NO_HEADERS = Headers.of();
  private static final HttpUrl URL = HttpUrl.get("https://api.example.com/login");

  /** {@code Redactor.forSecrets(Params)}, as {@code (Params)Object}. */
  private static final MethodHandle FOR_SECRETS;

  /** {@code Redactor.redact(String)}, as {@code (Object,String)String}. */
  private static final MethodHandle REDACT;

  /** {@code RequestEncoder.encode(Operation, HttpUrl, Params)}. */
  private static final MethodHandle ENCODE;

  /** {@code ResponseInterpreter.interpret(…)}, its redactor parameter as {@code Object}. */
  private static final MethodHandle INTERPRET;

  /** {@code Operation.format()}. */
  private static final MethodHandle FORMAT;

  private static final Object NO_SECRETS;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      Class<?> redactor = Class.forName("dev.loginkit.internal.Redactor");
      FOR_SECRETS =
          lookup
              .unreflect(accessible(redactor.getDeclaredMethod("forSecrets", Params.class)))
              .asType(MethodType.methodType(Object.class, Params.class));
      REDACT =
          lookup
              .unreflect(accessible(redactor.getDeclaredMethod("redact", String.class)))
              .asType(MethodType.methodType(String.class, Object.class, String.class));
      ENCODE =
          lookup.unreflect(
              accessible(
                  Class.forName("dev.loginkit.internal.RequestEncoder")
                      .getDeclaredMethod("encode", Operation.class, HttpUrl.class, Params.class)));
      Class<?> runtime = Class.forName("dev.loginkit.internal.LoginRuntime");
      Method interpret =
          Class.forName("dev.loginkit.internal.ResponseInterpreter")
              .getDeclaredMethod(
                  "interpret",
                  Operation.class,
                  Format.class,
                  int.class,
                  Headers.class,
                  HttpUrl.class,
                  byte[].class,
                  Charset.class,
                  SessionMapper.class,
                  redactor,
                  runtime,
                  Params.class);
      INTERPRET =
          lookup
              .unreflect(accessible(interpret))
              .asType(
                  MethodType.methodType(
                      LoginResult.class,
                      Operation.class,
                      Format.class,
                      int.class,
                      Headers.class,
                      HttpUrl.class,
                      byte[].class,
                      Charset.class,
                      SessionMapper.class,
                      Object.class,
                      runtime,
                      Params.class));
      FORMAT = lookup.unreflect(accessible(Operation.class.getDeclaredMethod("format")));
      NO_SECRETS = (Object) FOR_SECRETS.invokeExact(new Params());
    } catch (Throwable e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private BenchAccess() {}

  private static Method accessible(Method method) {
    method.setAccessible(true);
    return method;
  }

  /**
   * What {@code LoginRuntime} creates per call: the redactor for the call's secrets, which reads
   * nothing yet.
   */
  public static Object redactorFor(Params params) {
    try {
      return (Object) FOR_SECRETS.invokeExact(params);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  /**
   * A call's first redaction (a failure message, an excerpt, a log line): every spelling of its
   * secrets is computed.
   */
  public static String firstRedaction(Params params, String text) {
    try {
      return (String) REDACT.invokeExact((Object) FOR_SECRETS.invokeExact(params), text);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  /** What {@code LoginRuntime} builds per call: the encoded request. */
  public static okhttp3.Request encode(Operation op, HttpUrl base, Params params) {
    try {
      return (okhttp3.Request) ENCODE.invokeExact(op, base, params);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  /** Decodes, classifies and maps {@code body} as {@code op} does after receiving it. */
  @SuppressWarnings("unchecked")
  public static <S> LoginResult<S> interpret(
      Operation op, int status, byte[] body, SessionMapper<S> mapper) {
    try {
      return (LoginResult<S>)
          INTERPRET.invoke(
              op,
              (Format) FORMAT.invokeExact(op),
              status,
              NO_HEADERS,
              URL,
              body,
              (Charset) null,
              mapper,
              NO_SECRETS,
              null,
              (Params) null);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  private static RuntimeException rethrow(Throwable e) {
    if (e instanceof RuntimeException runtime) {
      return runtime;
    }
    if (e instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(e);
  }
}
