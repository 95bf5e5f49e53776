package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.w3socket.testserver.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6455 §5.5.2–§5.5.3: every Ping gets its own Pong, in order, as browsers answer them. */
class PingTest {
  static final TestServer server = LoopbackServer.SERVER;

  @Test
  void tenPingsInOneWriteGetTenPongsInOrder() {
    // The server writes ten Pings in one flush and sends "pong:" + payload for each Pong it gets.
    WebSocket ws = new WebSocket(server.url("/hostile/ping?count=10"));
    Recorder r = Recorder.of(ws).awaitMessages(10);
    List<Object> expected = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      expected.add("pong:hello" + i);
    }
    assertEquals(expected, r.messages());
    ws.close();
  }
}
