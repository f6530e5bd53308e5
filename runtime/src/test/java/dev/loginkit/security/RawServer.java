package dev.loginkit.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;

/**
 * A loopback HTTP/1 server on plain sockets, for the bytes MockWebServer cannot send: extra answers
 * after an answer, HTTP/1.0 closes, broken framing, endless bodies. Each accepted connection runs
 * the handler on a thread of its own; every request the handler reads is recorded.
 */
final class RawServer implements AutoCloseable {
  /** What the server does with one connection. */
  interface Handler {
    void handle(Conn conn) throws Exception;
  }

  /** One request as read off the wire. */
  record RawRequest(
      String method, String target, Map<String, String> headers, String body, int connection) {
    /** A query parameter of the target, decoded, or {@code null}. */
    String query(String name) {
      return HttpUrl.get("http://h" + target).queryParameter(name);
    }
  }

  private final ServerSocket server;
  private final Handler handler;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "raw-server");
            t.setDaemon(true);
            return t;
          });
  private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
  final List<RawRequest> requests = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger connections = new AtomicInteger();
  final List<Throwable> handlerErrors = Collections.synchronizedList(new ArrayList<>());

  RawServer(Handler handler) throws IOException {
    this.server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
    this.handler = handler;
    threads.execute(this::acceptLoop);
  }

  String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  int port() {
    return server.getLocalPort();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        Conn conn = new Conn(socket, connections.getAndIncrement());
        threads.execute(
            () -> {
              try (socket) {
                handler.handle(conn);
              } catch (Exception e) {
                if (!server.isClosed() && !(e instanceof IOException)) {
                  handlerErrors.add(e);
                }
              }
            });
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** One accepted connection. */
  final class Conn {
    final Socket socket;
    final int index;
    final InputStream in;
    final OutputStream out;

    Conn(Socket socket, int index) throws IOException {
      this.socket = socket;
      this.index = index;
      this.in = socket.getInputStream();
      this.out = socket.getOutputStream();
    }

    /** The next request on this connection, or {@code null} when the client closed it first. */
    RawRequest read() throws IOException {
      String line = line();
      if (line == null) {
        return null;
      }
      String[] parts = line.split(" ");
      Map<String, String> headers = new LinkedHashMap<>();
      for (String h = line(); h != null && !h.isEmpty(); h = line()) {
        int colon = h.indexOf(':');
        headers.put(
            h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
      }
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      byte[] body = in.readNBytes(length);
      RawRequest request =
          new RawRequest(
              parts[0],
              parts.length > 1 ? parts[1] : "",
              headers,
              new String(body, StandardCharsets.UTF_8),
              index);
      requests.add(request);
      return request;
    }

    private String line() throws IOException {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          String s = buffer.toString(StandardCharsets.ISO_8859_1);
          return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
        }
        buffer.write(b);
      }
      return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.ISO_8859_1);
    }

    void write(String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }

    /**
     * Whether the client closed this connection within {@code limit}: reads (and drops) until the
     * end of the stream or a reset.
     */
    boolean clientClosedWithin(Duration limit) throws IOException {
      socket.setSoTimeout((int) limit.toMillis());
      try {
        while (in.read() != -1) {
          // whatever the client still sends is not a new login: none is expected
        }
        return true;
      } catch (SocketTimeoutException stillOpen) {
        return false;
      } catch (IOException reset) {
        return true;
      }
    }
  }

  /** A complete HTTP/1.1 response with a {@code Content-Length}. */
  static String response(int code, String contentType, String body) {
    return "HTTP/1.1 "
        + code
        + " X\r\nContent-Type: "
        + contentType
        + "\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\n\r\n"
        + body;
  }

  @Override
  public void close() throws IOException {
    server.close();
    synchronized (sockets) {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
    threads.shutdownNow();
  }
}
