package io.w3socket.tck.hosts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.w3socket.testserver.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the suite to browsers on 127.0.0.1: {@code /suite.html?ws=PORT&host=ID[&filter=RE]} loads
 * the harness and the cases from {@code /js/...} and runs them against the WebSocket test server on
 * PORT.
 */
public final class SuitePageServer implements AutoCloseable {
  private final HttpServer http;
  private final ExecutorService executor;
  private final Suite suite;

  private SuitePageServer(HttpServer http, ExecutorService executor, Suite suite) {
    this.http = http;
    this.executor = executor;
    this.suite = suite;
  }

  /** Starts on an ephemeral port. */
  public static SuitePageServer start(Suite suite) {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
      ExecutorService executor =
          Executors.newFixedThreadPool(
              2,
              r -> {
                Thread t = new Thread(r, "tck-js-pages");
                t.setDaemon(true);
                return t;
              });
      http.setExecutor(executor);
      SuitePageServer s = new SuitePageServer(http, executor, suite);
      http.createContext("/", s::handle);
      http.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page URL for a host. */
  public String pageUrl(int wsPort, String host, String filter) {
    return "http://127.0.0.1:"
        + http.getAddress().getPort()
        + "/suite.html?ws="
        + wsPort
        + "&host="
        + host
        + (filter == null
            ? ""
            : "&filter=" + java.net.URLEncoder.encode(filter, StandardCharsets.UTF_8));
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (path.equals("/suite.html")) {
        send(ex, 200, "text/html; charset=utf-8", page(query(ex.getRequestURI().getRawQuery())));
      } else if (path.startsWith("/js/") && suite.files().contains(path.substring(4))) {
        send(ex, 200, "text/javascript; charset=utf-8", Suite.read(path.substring(4)));
      } else if (path.equals("/favicon.ico")) {
        send(ex, 204, "text/plain", "");
      } else {
        send(ex, 404, "text/plain; charset=utf-8", "not found\n");
      }
    }
  }

  private String page(Map<String, String> q) {
    String ws = q.getOrDefault("ws", "0").replaceAll("[^0-9]", "");
    String env =
        "{\"wsBase\":"
            + Json.string("ws://127.0.0.1:" + ws)
            + ",\"httpBase\":"
            + Json.string("http://127.0.0.1:" + ws)
            + ",\"host\":"
            + Json.string(q.getOrDefault("host", "browser"))
            + (q.containsKey("filter") ? ",\"filter\":" + Json.string(q.get("filter")) : "")
            + "}";
    StringBuilder b =
        new StringBuilder(
                "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                    + "<title>w3socket JS TCK</title>\n<script>\nvar TCK_ENV = ")
            .append(env.replace("</", "<\\/"))
            .append(
                ";\nwindow.__tckProgress = function (line) { console.log(line); };\n</script>\n");
    for (String f : suite.files()) {
      b.append("<script src=\"/js/").append(f).append("\"></script>\n");
    }
    return b.append(
            "</head><body><p>w3socket JS TCK</p>\n"
                + "<script>window.addEventListener('load', function () { TCK.run(); });</script>\n"
                + "</body></html>\n")
        .toString();
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> m = new HashMap<>();
    if (raw == null) {
      return m;
    }
    for (String part : raw.split("&")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        m.put(
            URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return m;
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
    if (status != 204) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    http.stop(0);
    executor.shutdownNow();
  }
}
