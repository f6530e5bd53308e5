package dev.loginkit.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A loopback HTTP server (the JDK's) that reads each request whole and answers a fixed login
 * success: {@link Payloads#SOAP_SUCCESS} under {@code /soap}, {@link Payloads#JSON_FLAT} elsewhere.
 * The same work for every contender, so differences are the clients'. Binds 127.0.0.1 only.
 *
 * <p>Run alone ({@code main}) it prints its base URL and serves until standard input closes; the
 * cold-start measurement uses it that way so that the measured JVMs contain only the client.
 */
public final class CannedServer implements AutoCloseable {
  private final HttpServer server;

  private CannedServer(HttpServer server) {
    this.server = server;
  }

  public static CannedServer start() {
    // Without it the JDK server sends headers and body as two segments and Nagle holds the second
    // until the client's delayed ACK: 40 ms per call that no client is responsible for.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      server.createContext("/", CannedServer::handle);
      server.start();
      return new CannedServer(server);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    boolean soap = exchange.getRequestURI().getPath().startsWith("/soap");
    byte[] body = soap ? Payloads.SOAP_SUCCESS : Payloads.JSON_FLAT;
    exchange
        .getResponseHeaders()
        .set("Content-Type", soap ? "text/xml; charset=utf-8" : "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * Starts the server in a child JVM (same class path), so that its allocations and JIT work stay
   * out of the benchmark JVM: JMH's {@code -prof gc} counts every thread of the measured process.
   */
  public static External startProcess() {
    String javaBin = System.getProperty("java.home") + "/bin/java";
    try {
      Process process =
          new ProcessBuilder(
                  javaBin,
                  "-Xmx256m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  CannedServer.class.getName())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String url =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(
                      process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))
              .readLine();
      if (url == null || !url.startsWith("http://127.0.0.1:")) {
        process.destroy();
        throw new IllegalStateException("server process did not start");
      }
      return new External(process, url);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A server in a child process; closing it closes the child's standard input, which stops it. */
  public static final class External implements AutoCloseable {
    private final Process process;
    private final String url;

    External(Process process, String url) {
      this.process = process;
      this.url = url;
    }

    public String url() {
      return url;
    }

    @Override
    public void close() {
      try {
        process.getOutputStream().close();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroy();
        }
      } catch (IOException | InterruptedException e) {
        process.destroy();
      }
    }
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  public static void main(String[] args) throws IOException {
    try (CannedServer server = start()) {
      System.out.println(server.url());
      System.out.flush();
      System.in.transferTo(OutputStream.nullOutputStream());
    }
  }
}
