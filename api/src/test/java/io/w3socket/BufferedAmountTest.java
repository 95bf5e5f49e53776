package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** WebSockets #dom-websocket-bufferedamount. */
class BufferedAmountTest {
  static final int MIB = 1024 * 1024;
  static final TestServer server = LoopbackServer.SERVER;

  @Test
  void growsSynchronouslyByUtf8BytesAndShrinksOnlyInLaterTasks() {
    WebSocket ws = new WebSocket(server.url("/sink"));
    List<Long> seen = new CopyOnWriteArrayList<>();
    ws.setOnopen(
        e -> {
          ws.send("h\u00e9llo"); // 6 UTF-8 bytes
          seen.add(ws.getBufferedAmount());
          ws.send(new byte[MIB]);
          seen.add(ws.getBufferedAmount());
          ws.send(new byte[MIB]); // the writer is busy meanwhile; the value may not drop
          seen.add(ws.getBufferedAmount());
        });
    await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 3);
    assertEquals(List.of(6L, 6L + MIB, 6L + 2 * MIB), seen);
    await().atMost(Duration.ofSeconds(5)).until(() -> ws.getBufferedAmount() == 0);
    ws.close();
  }

  @Test
  void sixtyFourMebibytesFromOneHandlerArriveInOrderAndDrain() throws Exception {
    MessageDigest expected = MessageDigest.getInstance("SHA-256");
    byte[][] chunks = new byte[64][];
    for (int i = 0; i < 64; i++) {
      chunks[i] = new byte[MIB];
      java.util.Arrays.fill(chunks[i], (byte) i);
      chunks[i][0] = (byte) (255 - i);
      expected.update(chunks[i]);
    }
    java.util.concurrent.CompletableFuture<Long> afterSend =
        new java.util.concurrent.CompletableFuture<>();
    List<Long> samples = new CopyOnWriteArrayList<>();
    Recorder r =
        Recorder.connect(
            server.url("/sink"),
            ws ->
                ws.setOnopen(
                    e -> {
                      for (byte[] chunk : chunks) {
                        ws.send(chunk);
                      }
                      afterSend.complete(ws.getBufferedAmount());
                    }));
    WebSocket ws = r.ws;
    assertEquals(64L * MIB, afterSend.get(5, java.util.concurrent.TimeUnit.SECONDS));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              samples.add(ws.getBufferedAmount());
              return ws.getBufferedAmount() == 0;
            });
    for (int i = 1; i < samples.size(); i++) {
      assertTrue(
          samples.get(i) <= samples.get(i - 1), "bufferedAmount only counts down: " + samples);
    }
    ws.send("report");
    r.awaitMessages(1);
    String report = (String) r.messages().get(0);
    assertTrue(report.contains("\"messages\":64"), report);
    assertTrue(report.contains("\"bytes\":" + 64L * MIB), report);
    assertTrue(report.contains(HexFormat.of().formatHex(expected.digest())), report);
    ws.close();
  }

  @Test
  void aSlowPeerKeepsBytesBuffered() {
    byte[] incompressible = new byte[16 * MIB];
    new java.util.Random(7).nextBytes(incompressible);
    WebSocket ws = new WebSocket(server.url("/slow?bytesPerSecond=65536"));
    java.util.concurrent.atomic.AtomicBoolean sent =
        new java.util.concurrent.atomic.AtomicBoolean();
    ws.setOnopen(
        e -> {
          ws.send(incompressible);
          sent.set(true);
        });
    await().atMost(Duration.ofSeconds(5)).untilTrue(sent);
    await().atMost(Duration.ofSeconds(5)).until(() -> ws.getBufferedAmount() < 16L * MIB);
    assertTrue(ws.getBufferedAmount() > 0, "a 64 KiB/s reader cannot have taken 16 MiB yet");
    ws.close();
  }

  @Test
  void doesNotResetWhenTheConnectionCloses() {
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            ws -> {
              ws.setOnopen(e -> ws.close());
            });
    WebSocket ws = r.ws;
    r.awaitClose();
    ws.send("12345");
    assertEquals(5, ws.getBufferedAmount());
  }
}
