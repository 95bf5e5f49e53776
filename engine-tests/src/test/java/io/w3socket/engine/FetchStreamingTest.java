package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A fetch() response body is a stream of what arrives (Fetch #concept-body-stream): {@code /ticks}
 * sends its next line only once the page has fetched {@code /next}, so the page can only print each
 * line if the body reaches it before the response ends; {@code /forever} never ends, and the page
 * reads its first chunk, then aborts the fetch, which errors the body with the abort reason and
 * lets the run end.
 */
class FetchStreamingTest {
  private HttpServer server;
  private ExecutorService threads;
  private final Semaphore next = new Semaphore(0);
  private final CountDownLatch end = new CountDownLatch(1);

  @BeforeEach
  void start() throws IOException {
    threads = Executors.newCachedThreadPool();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext(
        "/ticks",
        x -> {
          OutputStream out = open(x);
          try {
            for (int i = 1; i <= 3; i++) {
              out.write(("tick " + i + "\n").getBytes(StandardCharsets.UTF_8));
              out.flush();
              if (!next.tryAcquire(20, TimeUnit.SECONDS)) {
                break;
              }
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          x.close();
        });
    server.createContext(
        "/next",
        x -> {
          next.release();
          byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
          x.sendResponseHeaders(200, ok.length);
          x.getResponseBody().write(ok);
          x.close();
        });
    server.createContext(
        "/forever",
        x -> {
          OutputStream out = open(x);
          out.write("first".getBytes(StandardCharsets.UTF_8));
          out.flush();
          try {
            end.await(20, TimeUnit.SECONDS); // open until the test ends
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          x.close();
        });
    server.start();
  }

  private static OutputStream open(HttpExchange x) throws IOException {
    x.getResponseHeaders().add("Content-Type", "text/plain;charset=utf-8");
    x.sendResponseHeaders(200, 0); // chunked
    return x.getResponseBody();
  }

  @AfterEach
  void stop() {
    end.countDown();
    server.stop(0);
    threads.shutdownNow();
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aBodyArrivesAsItIsSentAndAnAbortEndsIt(JsEngine engine) {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    Runs.Outcome o =
        Runs.script(
            engine,
"""
var base = 'BASE';
fetch(base + '/ticks').then(function (r) {
  console.log('status ' + r.status + ' ' + r.headers.get('content-type'));
  var reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
  var text = '';
  function next() {
    return reader.read().then(function (x) {
      if (x.done) {
        console.log('done');
        return;
      }
      text += x.value;
      var at = text.indexOf('\\n');
      if (at < 0) {
        return next();
      }
      console.log('line ' + text.substring(0, at));
      text = text.substring(at + 1);
      return fetch(base + '/next').then(next);
    });
  }
  return next();
}).then(function () {
  var c = new AbortController();
  return fetch(base + '/forever', {signal: c.signal}).then(function (r) {
    var reader = r.body.getReader();
    return reader.read().then(function (x) {
      console.log('forever ' + new TextDecoder().decode(x.value));
      c.abort();
      return reader.read();
    }).then(function () {
      console.log('read after the abort');
    }, function (e) {
      console.log('after the abort: ' + e.name + ', bodyUsed ' + r.bodyUsed);
    });
  });
});
"""
                .replace("BASE", base));
    assertEquals(
        List.of(
            "status 200 text/plain;charset=utf-8",
            "line tick 1",
            "line tick 2",
            "line tick 3",
            "done",
            "forever first",
            "after the abort: AbortError, bodyUsed true"),
        o.out(),
        o::toString);
    assertTrue(o.result().ok(), o::toString);
  }
}
