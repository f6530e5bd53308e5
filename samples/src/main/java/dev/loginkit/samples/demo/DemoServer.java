package dev.loginkit.samples.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A local HTTP server on loopback emulating the seed APIs closely enough for the demo: the wire
 * shapes of their documents, a few known users, and their documented failures.
 */
public final class DemoServer implements AutoCloseable {
  private final HttpServer server;

  private DemoServer(HttpServer server) {
    this.server = server;
  }

  /** Starts on a free loopback port. */
  public static DemoServer start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/apiv2/login", exchange -> answer(exchange, InterServerEmulator.handle(exchange)));
    server.createContext("/gw.k", exchange -> answer(exchange, TenTenEmulator.handle(exchange)));
    server.createContext("/api.php", exchange -> answer(exchange, SoapEmulator.handle(exchange)));
    server.createContext(
        "/api/v2/", exchange -> answer(exchange, SendloopEmulator.handle(exchange)));
    server.createContext("/rpc", exchange -> answer(exchange, ThenticateEmulator.handle(exchange)));
    server.start();
    return new DemoServer(server);
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** A canned response. */
  record Reply(int status, String contentType, String body) {}

  private static void answer(HttpExchange exchange, Reply reply) throws IOException {
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
