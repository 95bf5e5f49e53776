package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** WebSockets #feedback-from-the-protocol and HTML's event loop: tasks, order, threads. */
class EventLoopTest {
  static final TestServer server = LoopbackServer.SERVER;

  /**
   * Holding events for a minute: a test of holding must not depend on how fast the test thread adds
   * its listeners (the default window is one second).
   */
  static final WebSocketOptions LONG_HOLD =
      WebSocketOptions.builder().earlyEventWindow(Duration.ofMinutes(1)).build();

  @Test
  void readyStateChangesInTheSameTaskAsItsEvent() {
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            ws -> {
              ws.setOnopen(e -> ws.send("x"));
              ws.setOnmessage(e -> ws.close());
            });
    WebSocket ws = r.ws;
    r.awaitClose();
    assertEquals(
        List.of("open@1", "message@1", "close@3"),
        r.events.stream().map(Object::toString).toList());
  }

  @Test
  void eventsRunOnTheSharedDaemonEventLoopThread() {
    WebSocket a = new WebSocket(server.url("/echo"));
    Recorder ra = Recorder.of(a);
    WebSocket b = new WebSocket(server.url("/echo"));
    Recorder rb = Recorder.of(b);
    ra.awaitOpen();
    rb.awaitOpen();
    assertTrue(ra.events.get(0).thread().startsWith("w3socket-event-loop"));
    assertEquals(ra.events.get(0).thread(), rb.events.get(0).thread());
    a.close();
    b.close();
  }

  @Test
  void aCustomExecutorRunsEveryEventAndNeverConcurrently() {
    ExecutorService loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "my-loop"));
    try {
      WebSocketOptions options = WebSocketOptions.builder().eventLoop(loop).build();
      AtomicInteger inside = new AtomicInteger();
      AtomicInteger overlaps = new AtomicInteger();
      List<String> threads = new CopyOnWriteArrayList<>();
      List<WebSocket> sockets = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        WebSocket ws = new WebSocket(server.url("/send?size=100&count=50"), options);
        ws.addEventListener(
            "message",
            e -> {
              if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
              }
              threads.add(Thread.currentThread().getName());
              inside.decrementAndGet();
            });
        sockets.add(ws);
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> threads.size() == 200);
      assertEquals(0, overlaps.get());
      assertTrue(threads.stream().allMatch("my-loop"::equals));
      sockets.forEach(WebSocket::close);
    } finally {
      loop.shutdown();
    }
  }

  @Test
  void eventsFiredBeforeTheirTypesFirstListenerAreDeliveredInOrder() throws Exception {
    int port;
    try (java.net.ServerSocket s =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    WebSocket ws = new WebSocket("ws://127.0.0.1:" + port + "/", LONG_HOLD);
    // The refused connection is over, error and close were fired, before any listener exists.
    await().atMost(Duration.ofSeconds(5)).until(() -> ws.getReadyState() == WebSocket.CLOSED);
    List<String> seen = new CopyOnWriteArrayList<>();
    ws.addEventListener("close", e -> seen.add("close " + ((CloseEvent) e).getCode()));
    // close waits behind error, whose type has no listener yet; order is kept.
    ws.addEventListener("error", e -> seen.add("error"));
    await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 2);
    assertEquals(List.of("error", "close 1006"), seen);
  }

  @Test
  void eachEventWaitsForTheFirstListenerOfItsOwnType() {
    // The TCP-drop-mid-message flake's cause: events used to be held only until a socket's first
    // listener, so a test thread descheduled between adding its "open" and its "close" listener
    // lost the close event (the peer drops TCP right after the handshake here). Now each event
    // waits for a listener of its own type, keeping the order.
    WebSocket ws = new WebSocket(server.url("/drop?when=mid-message"), LONG_HOLD);
    await().atMost(Duration.ofSeconds(5)).until(() -> ws.getReadyState() == WebSocket.CLOSED);
    List<String> seen = new CopyOnWriteArrayList<>();
    ws.addEventListener("open", e -> seen.add("open"));
    await().atMost(Duration.ofSeconds(5)).until(() -> seen.contains("open"));
    ws.addEventListener("error", e -> seen.add("error"));
    ws.addEventListener("close", e -> seen.add("close:" + ((CloseEvent) e).getCode()));
    await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 3);
    assertEquals(List.of("open", "error", "close:1006"), seen);
  }

  @Test
  void aThrowingListenerIsReportedAndTheOthersAndTheSocketCarryOn() {
    List<String> calls = new CopyOnWriteArrayList<>();
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            ws -> {
              ws.addEventListener(
                  "message",
                  e -> {
                    calls.add("first");
                    throw new IllegalStateException("listener bug (expected by the test)");
                  });
              ws.addEventListener("message", e -> calls.add("second"));
              ws.setOnopen(e -> ws.send("1"));
            });
    WebSocket ws = r.ws;
    r.awaitMessages(1);
    ws.send("2");
    r.awaitMessages(2);
    // The recorder's listener was added first: the test's two run after it, in the same task.
    await().atMost(Duration.ofSeconds(5)).until(() -> calls.size() == 4);
    assertEquals(List.of("first", "second", "first", "second"), calls);
    ws.close();
  }

  @Test
  void messagesAreDeliveredInOrderFromManyThreads() throws Exception {
    WebSocket ws = new WebSocket(server.url("/sink"));
    Recorder r = Recorder.of(ws).awaitOpen();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int t = 0; t < 8; t++) {
      pool.execute(
          () -> {
            for (int i = 0; i < 250; i++) {
              ws.send(new byte[100]);
            }
          });
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS));
    ws.send("report");
    r.awaitMessages(1);
    assertTrue(
        ((String) r.messages().get(0)).contains("\"messages\":2000"), r.messages().toString());
    ws.close();
  }

  @Test
  void messageEventsCarryDataPerBinaryTypeAndTheOrigin() {
    List<String> binaryTypes = new CopyOnWriteArrayList<>();
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            ws -> {
              binaryTypes.add(ws.getBinaryType());
              ws.setBinaryType("nonsense");
              binaryTypes.add(ws.getBinaryType());
              ws.setOnopen(e -> ws.send(new byte[] {1, 2}));
            });
    WebSocket ws = r.ws;
    r.awaitMessages(1);
    assertEquals(List.of("blob", "blob"), binaryTypes);
    MessageEvent m = (MessageEvent) r.events.get(1).event();
    assertEquals("ws://127.0.0.1:" + server.port(), m.getOrigin());
    Blob blob = assertInstanceOf(Blob.class, m.getData());
    assertEquals(2, blob.getSize());
    assertTrue(m.isTrusted());
    ws.setBinaryType("arraybuffer");
    ws.send(new byte[] {3});
    r.awaitMessages(2);
    ByteBuffer buffer = assertInstanceOf(ByteBuffer.class, r.messages().get(1));
    assertTrue(buffer.isReadOnly());
    assertEquals(3, buffer.get(0));
    ws.close();
  }

  @Test
  void moreThanSixtyFourSocketsOpenAtOnceEvenOnAClientWithTheDefaultDispatcher() {
    // OkHttp's Dispatcher admits 64 running calls; handshakes here run outside it.
    WebSocketOptions options =
        WebSocketOptions.builder().client(new okhttp3.OkHttpClient()).build();
    List<WebSocket> sockets = new ArrayList<>();
    List<Recorder> recorders = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      WebSocket ws = new WebSocket(server.url("/echo"), options);
      sockets.add(ws);
      recorders.add(Recorder.of(ws));
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> sockets.stream().allMatch(s -> s.getReadyState() == WebSocket.OPEN));
    sockets.forEach(WebSocket::close);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> recorders.stream().allMatch(r -> r.types().contains("close")));
    assertFalse(recorders.stream().anyMatch(r -> r.types().contains("error")));
  }
}
