package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * EventSource (HTML #server-sent-events) in both engines, against a real HTTP server on loopback:
 * the event stream's fields, comments, line endings and an unfinished event; open, reconnection
 * with Last-Event-ID after the stream ends; failing on a 204 and on another MIME type; close().
 */
class EventSourceTest {
  private HttpServer server;
  private ExecutorService threads;
  private final List<String> lastEventIds = new CopyOnWriteArrayList<>();
  private final AtomicInteger streams = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() throws IOException {
    threads = Executors.newCachedThreadPool();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext(
        "/events",
        x -> {
          lastEventIds.add(String.valueOf(x.getRequestHeaders().getFirst("Last-Event-ID")));
          switch (streams.incrementAndGet()) {
            case 1:
              stream(
                  x,
                  "\ufeffretry: 10\n\n: a comment\ndata: one\n\nevent: custom\r\ndata: two\rdata:"
                      + "lines\nid: 7\n\ndata\n\ndata: unfinished");
              break;
            case 2:
              stream(x, "data: again\r\n\r\n");
              break;
            default:
              x.sendResponseHeaders(204, -1);
              x.close();
          }
        });
    server.createContext(
        "/plain",
        x -> {
          x.getResponseHeaders().add("Content-Type", "text/plain");
          x.sendResponseHeaders(200, 0);
          x.getResponseBody().write("data: x\n\n".getBytes(StandardCharsets.UTF_8));
          x.close();
        });
    server.createContext(
        "/forever",
        x -> {
          x.getResponseHeaders().add("Content-Type", "text/event-stream");
          x.sendResponseHeaders(200, 0);
          OutputStream out = x.getResponseBody();
          out.write("data: first\n\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
          // The stream stays open until the test ends.
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          x.close();
        });
    server.start();
  }

  private static void stream(HttpExchange x, String body) throws IOException {
    x.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
    x.sendResponseHeaders(200, 0);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body.getBytes(StandardCharsets.UTF_8));
    }
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
    threads.shutdownNow();
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void eventsReconnectionAndTheEnd(JsEngine engine) {
    String body =
"""
var es = new EventSource('%BASE%/events');
check('CONNECTING at first', es.readyState === EventSource.CONNECTING && es.url === '%BASE%/events'
    && es.withCredentials === false && EventSource.CLOSED === 2);
var log = [];
es.onopen = function () { log.push('open ' + es.readyState); };
es.onmessage = function (e) {
  log.push('message ' + JSON.stringify(e.data) + ' id ' + e.lastEventId + (e.origin === '%BASE%' ? '' : ' origin ' + e.origin));
};
es.addEventListener('custom', function (e) { log.push('custom ' + JSON.stringify(e.data) + ' id ' + e.lastEventId); });
es.onerror = function () {
  log.push('error ' + es.readyState);
  if (es.readyState === EventSource.CLOSED) {
    check('the log', log.join(' | ') === 'open 1 | message "one" id  | custom "two\\\\nlines" id 7'
        + ' | message "" id 7 | error 0 | open 1 | message "again" id 7 | error 0 | error 2', log.join(' | '));
    done();
  }
};
"""
            .replace("%BASE%", base());
    JsChecks.assertChecks(engine, body);
    // Each reconnection sent the last event ID the stream set.
    assertEquals(List.of("null", "7", "7"), lastEventIds);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void anotherMimeTypeFailsAndCloseStops(JsEngine engine) {
    String body =
"""
var plain = new EventSource('%BASE%/plain');
var forever = new EventSource('%BASE%/forever');
var got = [];
var first = null;
var closedAtOnce = false;
var finished = false;
plain.onmessage = function () { got.push('message from text/plain'); };
plain.onerror = finish;
forever.onmessage = function (e) {
  if (first === null) {
    first = e.data;
    forever.close();
    closedAtOnce = forever.readyState === EventSource.CLOSED;
    finish();
  } else {
    got.push('message after close()');
  }
};
forever.onerror = function () { got.push('error from the open stream'); };
function finish() {
  if (finished || plain.readyState !== EventSource.CLOSED || first === null) { return; }
  finished = true;
  check('text/plain fails the connection', got.length === 0, got.join());
  check('close() makes it CLOSED at once', closedAtOnce && first === 'first');
  done();
}
"""
            .replace("%BASE%", base());
    JsChecks.assertChecks(engine, body);
  }
}
