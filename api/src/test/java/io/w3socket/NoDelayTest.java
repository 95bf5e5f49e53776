package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.w3socket.testserver.TestServer;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * TCP_NODELAY on every socket (as Chromium and Node set it): a message larger than one 8 KiB
 * segment of the writer's buffer leaves in two writes, and with Nagle's algorithm the second waits
 * for the ACK of the first, which an echo server delays (about 40 ms on Linux) because it has
 * nothing to send until the whole message is in. Ping-pong of 400 such messages then takes at least
 * 16 s; without Nagle well under a second on an idle machine, so the 8 s deadline holds under load.
 */
class NoDelayTest {
  static final TestServer server = LoopbackServer.SERVER;

  @Test
  void pingPongOfMessagesWrittenInPiecesIsNotHeldByNagle() {
    int rounds = 400;
    byte[] payload = new byte[9_000];
    AtomicInteger echoes = new AtomicInteger();
    WebSocket ws = new WebSocket(server.url("/echo-nocompress"));
    ws.setBinaryType("arraybuffer");
    ws.setOnopen(e -> ws.send(payload));
    ws.setOnmessage(
        e -> {
          assertEquals(payload.length, ((ByteBuffer) ((MessageEvent) e).getData()).remaining());
          if (echoes.incrementAndGet() < rounds) {
            ws.send(payload);
          } else {
            ws.close(1000);
          }
        });
    await().atMost(Duration.ofSeconds(8)).until(() -> echoes.get() == rounds);
  }
}
