package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * WebSockets #dom-websocket-send: "if the data cannot be sent, e.g. because it would need to be
 * buffered but the buffer is full, the user agent must flag the WebSocket as full and then close
 * the WebSocket connection" (opt-in {@code maxBufferedAmount}); and a slow reader never blocks
 * {@code send()}.
 */
class SendBufferLimitTest {
  private static final int MIB = 1024 * 1024;
  private static final TestServer server = LoopbackServer.SERVER;

  private static byte[] incompressible(int n) {
    byte[] b = new byte[n];
    new Random(11).nextBytes(b);
    return b;
  }

  @Test
  void pastMaxBufferedAmountTheSocketIsFlaggedFullAndClosedWithAnError() throws Exception {
    byte[] chunk = incompressible(MIB);
    WebSocketOptions options = WebSocketOptions.builder().maxBufferedAmount(8L * MIB).build();
    CompletableFuture<Long> afterSends = new CompletableFuture<>();
    Recorder r =
        Recorder.connect(
            server.url("/slow?bytesPerSecond=65536"),
            options,
            ws ->
                ws.setOnopen(
                    e -> {
                      for (int i = 0; i < 32; i++) {
                        ws.send(chunk); // never throws: the standard closes the connection instead
                      }
                      afterSends.complete(ws.getBufferedAmount());
                    }));
    // bufferedAmount still grew by every send(), as the standard requires of any call that does
    // not throw; at most what the network took (well under 24 MiB) was subtracted.
    assertTrue(afterSends.get(10, TimeUnit.SECONDS) > 8L * MIB);
    CloseEvent close = r.awaitClose();
    assertEquals(List.of("open", "error", "close"), r.types());
    assertEquals(1006, close.getCode());
    assertFalse(close.isWasClean());
  }

  @Test
  void belowMaxBufferedAmountNothingHappens() {
    WebSocketOptions options = WebSocketOptions.builder().maxBufferedAmount(8L * MIB).build();
    // The recorder's listeners and onopen are added in one task of the event loop, before any
    // event: added one after the other from this thread, the open event could come between the
    // recorder's open listener and onopen (EarlyEvents holds an event only until the first
    // listener of its type), and then nothing would be sent.
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            options,
            ws ->
                ws.setOnopen(
                    e -> {
                      for (int i = 0; i < 7; i++) {
                        ws.send(new byte[MIB]);
                      }
                    }));
    r.awaitMessages(7);
    r.ws.close(1000);
    assertEquals(1000, r.awaitClose().getCode());
    assertEquals(List.of("open", "message", "message"), r.types().subList(0, 3));
  }

  @Test
  void aSlowReaderNeverBlocksSendNorOtherSockets() throws Exception {
    byte[] chunk = incompressible(MIB);
    // Its own server, whose close drops the slow connection (it would take 13 hours to drain).
    TestServer own = TestServer.start();
    WebSocket slow = new WebSocket(own.url("/slow?bytesPerSecond=1024"));
    CompletableFuture<Long> afterSends = new CompletableFuture<>();
    slow.setOnopen(
        e -> {
          for (int i = 0; i < 48; i++) {
            slow.send(chunk);
          }
          afterSends.complete(slow.getBufferedAmount());
        });
    // All 48 MiB were accepted in one task while a 1 KiB/s reader has taken almost nothing: send()
    // queued them instead of waiting for the network.
    assertEquals(48L * MIB, afterSends.get(10, TimeUnit.SECONDS));
    // Meanwhile another socket on the same shared threads still talks.
    Recorder r =
        Recorder.connect(server.url("/echo"), ws -> ws.setOnopen(e -> ws.send("still here")));
    r.awaitMessages(1);
    assertEquals("still here", r.messages().get(0));
    assertTrue(slow.getBufferedAmount() > 32L * MIB);
    r.ws.close();
    Recorder slowEvents = Recorder.of(slow);
    own.close();
    assertEquals(1006, slowEvents.awaitClose().getCode());
  }
}
