package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.w3socket.testserver.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * OkHttp logs "A connection to … was leaked. Did you forget to close a response body?" when a call
 * that still holds its connection is garbage collected. Every w3socket connection must hand its
 * connection back (the upgraded socket's source and sink closed), so a user never sees that line.
 *
 * <p>OkHttp's leak detector runs in a pool's cleanup, over every connection of that pool. So that a
 * silent run proves something, every one of w3socket's {@link UpgradeClients#POOLS} pools also gets
 * a deliberately leaked plain HTTP call to a second server: the test ends only once the detector
 * has reported each of those, and then no report may name the WebSocket server.
 */
class OkHttpLeakTest {
  static final TestServer server = LoopbackServer.SERVER;

  @Test
  void manySequentialConnectionsLeakNothingOnceCollected() throws IOException {
    Logger okhttp = Logger.getLogger("okhttp3.OkHttpClient"); // held: JUL keeps loggers weakly
    List<String> leaks = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message != null && message.contains("was leaked")) {
              leaks.add(message);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    okhttp.addHandler(capture);
    HttpServer plain =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    plain.createContext(
        "/",
        exchange -> {
          byte[] body = "a body nobody closes".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    plain.start();
    String plainUrl = "http://127.0.0.1:" + plain.getAddress().getPort() + "/";
    try {
      leakOneCallPerPool(plainUrl);
      List<String> outcomes = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 30; i++) {
          // A clean close, a server-initiated close, and a handshake failed after the 101 (the
          // server selects a subprotocol that was not offered).
          String path = List.of("/echo", "/close?code=1000", "/protocol?select=other").get(i % 3);
          String[] protocols = i % 3 == 2 ? new String[] {"chat"} : new String[0];
          Recorder r =
              Recorder.connect(
                  server.url(path),
                  WebSocketOptions.defaults(),
                  ws -> ws.setOnopen(e -> ws.close(1000)),
                  protocols);
          outcomes.add(path + " " + r.awaitClose().getCode() + " " + r.types());
        }
      }
      assertEquals(90, outcomes.size());
      assertEquals(60, outcomes.stream().filter(o -> o.endsWith(" 1000 [open, close]")).count());
      assertEquals(30, outcomes.stream().filter(o -> o.endsWith(" 1006 [error, close]")).count());

      // Collect the leaked calls, then put a connection into every pool: each put runs its pool's
      // cleanup, and with it the leak detector.
      String plainLeak = "A connection to " + plainUrl + " was leaked";
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> {
                System.gc();
                closedCallPerPool(plainUrl);
                return leaks.stream().filter(m -> m.startsWith(plainLeak)).count()
                    >= UpgradeClients.POOLS;
              });
      List<String> ours = leaks.stream().filter(m -> !m.startsWith(plainLeak)).toList();
      assertEquals(
          0,
          ours.size(),
          () ->
              ours.size() + " leak warnings for w3socket's connections; the first: " + ours.get(0));
    } finally {
      plain.stop(0);
      okhttp.removeHandler(capture);
    }
  }

  /** One plain call per pool whose response nobody closes: the detector's proof of life. */
  private static void leakOneCallPerPool(String url) throws IOException {
    for (int i = 0; i < UpgradeClients.POOLS; i++) {
      Response leaked =
          UpgradeClients.forClient(null, HttpUrl.get(url).host())
              .newCall(new Request.Builder().url(url).build())
              .execute();
      assertEquals(200, leaked.code());
    }
  }

  /** One plain call per pool, closed: puts a connection into each pool, which runs its cleanup. */
  private static void closedCallPerPool(String url) throws IOException {
    for (int i = 0; i < UpgradeClients.POOLS; i++) {
      try (Response r =
          UpgradeClients.forClient(null, HttpUrl.get(url).host())
              .newCall(new Request.Builder().url(url).build())
              .execute()) {
        assertEquals(200, r.code());
      }
    }
  }
}
