package io.w3socket.engine;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server on 127.0.0.1 for the fetch and XMLHttpRequest tests (the JDK's server):
 *
 * <ul>
 *   <li>{@code /text}: 200 "hello", text/plain, two {@code X-Multi} and two {@code Set-Cookie}
 *   <li>{@code /json}: {@code {"a":[1,2]}}
 *   <li>{@code /echo}: the request body back; {@code X-Method}, {@code X-Content-Type}, {@code
 *       X-Test} and {@code X-User-Agent} tell what the request carried
 *   <li>{@code /redirect}: 302 to {@code /text}; {@code /r301}, {@code /r303}, {@code /r307}: that
 *       status to {@code /echo}; {@code /loop}: 302 to itself; {@code /missing}: 404 "Not Found"
 *   <li>{@code /held}: answers "released" only once {@link #release()} is called (after a {@link
 *       #hold()}, again only at the next release)
 * </ul>
 */
final class HttpRoutes implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();

  /** Released by {@link #release()}; {@link #hold()} starts holding again. */
  private final AtomicReference<CountDownLatch> held = new AtomicReference<>(new CountDownLatch(1));

  private final AtomicInteger heldRequests = new AtomicInteger();

  HttpRoutes() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext(
        "/text",
        x -> {
          x.getResponseHeaders().add("Content-Type", "text/plain;charset=utf-8");
          x.getResponseHeaders().add("X-Multi", "a");
          x.getResponseHeaders().add("X-Multi", "b");
          x.getResponseHeaders().add("Set-Cookie", "a=1");
          x.getResponseHeaders().add("Set-Cookie", "b=2");
          send(x, 200, "hello");
        });
    server.createContext(
        "/latin1",
        x -> {
          x.getResponseHeaders()
              .add("Content-Type", "text/plain; format=x; charset=\"ISO-8859-1\"");
          send(x, 200, new byte[] {(byte) 0xE9, (byte) 0x80});
        });
    server.createContext(
        "/json",
        x -> {
          x.getResponseHeaders().add("Content-Type", "application/json");
          send(x, 200, "{\"a\":[1,2]}");
        });
    server.createContext(
        "/echo",
        x -> {
          byte[] body;
          try (InputStream in = x.getRequestBody()) {
            body = in.readAllBytes();
          }
          x.getResponseHeaders().add("X-Method", x.getRequestMethod());
          x.getResponseHeaders()
              .add(
                  "X-Content-Type", String.valueOf(x.getRequestHeaders().getFirst("Content-Type")));
          x.getResponseHeaders()
              .add("X-Test", String.valueOf(x.getRequestHeaders().getFirst("X-Test")));
          x.getResponseHeaders()
              .add("X-User-Agent", String.valueOf(x.getRequestHeaders().getFirst("User-Agent")));
          send(x, 200, body);
        });
    server.createContext(
        "/redirect",
        x -> {
          x.getResponseHeaders().add("Location", "/text");
          send(x, 302, "");
        });
    for (int status : new int[] {301, 303, 307}) {
      server.createContext(
          "/r" + status,
          x -> {
            x.getResponseHeaders().add("Location", "/echo");
            send(x, status, "");
          });
    }
    server.createContext(
        "/loop",
        x -> {
          x.getResponseHeaders().add("Location", "/loop");
          send(x, 302, "");
        });
    server.createContext("/missing", x -> send(x, 404, "gone"));
    server.createContext(
        "/held",
        x -> {
          heldRequests.incrementAndGet();
          try {
            held.get().await(60, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          send(x, 200, "released");
        });
    server.start();
  }

  /** Serves {@code body} at {@code path} with that content type. */
  void text(String path, String contentType, String body) {
    bytes(path, 200, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Serves {@code body} at {@code path} with that status and content type. */
  void bytes(String path, int status, String contentType, byte[] body) {
    respond(path, status, body, "Content-Type", contentType);
  }

  /** Serves {@code body} at {@code path} with that status and those headers (name, value, ...). */
  void respond(String path, int status, byte[] body, String... headers) {
    server.createContext(
        path,
        x -> {
          for (int i = 0; i + 1 < headers.length; i += 2) {
            x.getResponseHeaders().add(headers[i], headers[i + 1]);
          }
          send(x, status, body);
        });
  }

  /** The absolute URL of a path on this server. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** How many requests reached {@code /held}. */
  int heldRequests() {
    return heldRequests.get();
  }

  /** Makes later {@code /held} requests wait again, until the next {@link #release()}. */
  void hold() {
    held.set(new CountDownLatch(1));
  }

  /** Lets every {@code /held} request waiting now, and those until the next hold, answer. */
  void release() {
    held.get().countDown();
  }

  private static void send(HttpExchange x, int status, String body) throws IOException {
    send(x, status, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange x, int status, byte[] body) throws IOException {
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
