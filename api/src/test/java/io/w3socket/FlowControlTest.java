package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The flow control the WHATWG interface lacks and WebSocketStream's backpressure needs: {@link
 * WebSocket#pause()} holds the server back through TCP (on the selector thread's channel and on a
 * TLS connection's reader thread alike), and {@link WebSocket#bufferedAmountAtMost} completes when
 * the outgoing buffer has drained that far.
 */
class FlowControlTest {
  static final int MESSAGE = 64 * 1024;
  static final int COUNT = 1000; // 62.5 MiB, far more than loopback's socket buffers hold

  /** The server streams COUNT messages only while its channel is writable (testserver /send). */
  @ParameterizedTest
  @ValueSource(strings = {"ws", "wss"})
  void aPausedSocketHoldsTheServerBackAndResumingDeliversEveryMessage(String scheme) {
    AtomicInteger received = new AtomicInteger();
    AtomicInteger wrongSize = new AtomicInteger();
    List<String> others = new CopyOnWriteArrayList<>();
    WebSocket ws =
        WebSocket.connect(
            url(scheme, "/send?size=" + MESSAGE + "&count=" + COUNT),
            options(scheme),
            s -> {
              s.setBinaryType("arraybuffer");
              s.pause(); // before the connection opens: it takes effect when it does
              s.setOnmessage(
                  e -> {
                    if (((ByteBuffer) e.getData()).remaining() != MESSAGE) {
                      wrongSize.incrementAndGet();
                    }
                    received.incrementAndGet();
                  });
              s.setOnopen(e -> others.add("open"));
              s.setOnerror(e -> others.add("error"));
              s.setOnclose(e -> others.add("close(" + e.getCode() + "," + e.isWasClean() + ")"));
            });
    await().atMost(Duration.ofSeconds(10)).until(() -> ws.getReadyState() == WebSocket.OPEN);
    // Held back: at most what the kernel's buffers and a read turn hold (a few MiB; the bound is
    // 16 MiB), for as long as the socket stays paused (checked over a second).
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(5))
        .until(() -> received.get() <= 256);
    ws.resume();
    await().atMost(Duration.ofSeconds(30)).until(() -> received.get() == COUNT);
    assertEquals(0, wrongSize.get());
    ws.close(1000, "done");
    await().atMost(Duration.ofSeconds(10)).until(() -> others.size() == 2);
    assertEquals(List.of("open", "close(1000,true)"), others);
  }

  /** close() while paused reads on: the closing handshake completes cleanly. */
  @ParameterizedTest
  @ValueSource(strings = {"ws", "wss"})
  void closingAPausedSocketStillCompletesTheClosingHandshake(String scheme) {
    Recorder r =
        Recorder.connect(
            url(scheme, "/send?size=" + MESSAGE + "&count=" + COUNT),
            options(scheme),
            ws -> {
              ws.setBinaryType("arraybuffer");
              ws.setOnopen(
                  e -> {
                    ws.pause();
                    ws.close(3001, "paused");
                    ws.pause(); // ignored once closing
                  });
            });
    await().atMost(Duration.ofSeconds(20)).until(() -> r.ws.getReadyState() == WebSocket.CLOSED);
    assertEquals(List.of("open", "close(3001,true)"), closeTypes(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ws", "wss"})
  void bufferedAmountAtMostCompletesInTheTaskThatDrainsTheBuffer(String scheme) throws Exception {
    List<Long> seen = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> drained = new CompletableFuture<>();
    Recorder.connect(
        url(scheme, "/sink"),
        options(scheme),
        ws ->
            ws.setOnopen(
                e -> {
                  // Nothing buffered yet: complete at once.
                  seen.add(ws.bufferedAmountAtMost(0).isDone() ? 1L : 0L);
                  for (int i = 0; i < 64; i++) {
                    ws.send(new byte[1024 * 1024]);
                  }
                  CompletableFuture<Void> low = ws.bufferedAmountAtMost(1024 * 1024);
                  seen.add(low.isDone() ? 1L : 0L);
                  low.thenRun(
                      () -> {
                        seen.add(ws.getBufferedAmount());
                        ws.close();
                        drained.complete(null);
                      });
                }));
    drained.get(30, TimeUnit.SECONDS);
    assertEquals(1L, seen.get(0));
    assertEquals(0L, seen.get(1), "64 MiB cannot be transmitted inside the task that sent them");
    assertTrue(seen.get(2) <= 1024 * 1024, seen::toString);
  }

  private static List<String> closeTypes(Recorder r) {
    return r.events.stream()
        .map(
            s ->
                s.event() instanceof CloseEvent c
                    ? "close(" + c.getCode() + "," + c.isWasClean() + ")"
                    : s.event().getType())
        .filter(t -> !t.equals("message"))
        .toList();
  }

  private static String url(String scheme, String path) {
    return ("ws".equals(scheme) ? LoopbackServer.SERVER : LoopbackTlsServer.SERVER).url(path);
  }

  private static WebSocketOptions options(String scheme) {
    return "ws".equals(scheme)
        ? WebSocketOptions.defaults()
        : WebSocketOptions.builder().client(LoopbackTlsServer.TRUSTING_CLIENT).build();
  }
}
