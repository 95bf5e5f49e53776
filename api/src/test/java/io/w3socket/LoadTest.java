package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The README's Java order under load: 2,000 sockets created on a test thread (not the event loop)
 * and wired with {@code setOnopen}, {@code setOnmessage}, {@code setOnclose} right after the
 * constructor, while every core is kept busy. Each one opens, sends, gets its echo and closes.
 */
class LoadTest {
  static final int SOCKETS = 2_000;

  /** Sockets in flight at once: enough to keep the loop busy, few enough for 2 cores. */
  static final int IN_FLIGHT = 100;

  @Test
  void twoThousandSocketsWiredInTheReadmesOrderLoseNothingUnderLoad() throws Exception {
    AtomicBoolean burning = new AtomicBoolean(true);
    List<Thread> burners = new ArrayList<>();
    for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
      Thread t =
          new Thread(
              () -> {
                long x = 0;
                while (burning.get()) {
                  x += System.nanoTime() % 7;
                }
                if (x == 42) {
                  System.out.print("");
                }
              },
              "load-test-burner-" + i);
      t.setDaemon(true);
      t.start();
      burners.add(t);
    }
    try (TestServer server = TestServer.start()) {
      String origin = "ws://127.0.0.1:" + server.port();
      Map<Integer, String> echoes = new ConcurrentHashMap<>();
      Map<Integer, AtomicInteger> closes = new ConcurrentHashMap<>();
      AtomicInteger errors = new AtomicInteger();
      Semaphore inFlight = new Semaphore(IN_FLIGHT);
      for (int i = 0; i < SOCKETS; i++) {
        assertTrue(inFlight.tryAcquire(30, TimeUnit.SECONDS), "sockets stopped closing at " + i);
        int n = i;
        closes.put(n, new AtomicInteger());
        // The README's order, on this (non-loop) thread.
        WebSocket ws = new WebSocket(server.url("/echo"));
        ws.setOnopen(e -> ws.send("message " + n));
        ws.setOnmessage(
            e -> {
              echoes.put(n, (String) e.getData());
              ws.close(1000);
            });
        ws.setOnclose(
            e -> {
              if (e.getCode() != 1000) {
                errors.incrementAndGet();
              }
              closes.get(n).incrementAndGet();
              inFlight.release();
            });
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> closes.values().stream().allMatch(c -> c.get() >= 1));
      assertEquals(SOCKETS, echoes.size(), "lost messages: " + (SOCKETS - echoes.size()));
      for (int i = 0; i < SOCKETS; i++) {
        assertEquals("message " + i, echoes.get(i));
      }
      assertEquals(0, errors.get(), "close codes other than 1000");
      // No thread of these connections is left behind (each reader ends with its connection).
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  Thread.getAllStackTraces().keySet().stream()
                      .noneMatch(t -> t.getName().equals("w3socket reader " + origin)));
      // Exactly one close event each, also after things settled.
      assertTrue(closes.values().stream().allMatch(c -> c.get() == 1), "a socket closed twice");
    } finally {
      burning.set(false);
      for (Thread t : burners) {
        t.join();
      }
    }
  }
}
