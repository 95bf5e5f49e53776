package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6455 §7 and WebSockets #closeWebSocket: how the connection ends, and the one close event. */
class ClosingHandshakeTest {
  static final TestServer server = LoopbackServer.SERVER;

  private static Recorder run(String path, WebSocketOptions options, boolean clientCloses) {
    Recorder r =
        Recorder.connect(
            server.url(path),
            options,
            ws -> {
              if (clientCloses) {
                ws.setOnopen(e -> ws.close(1000));
              }
            });
    r.awaitClose();
    // Exactly one close event, and nothing after it.
    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(2))
        .until(() -> r.types().stream().filter("close"::equals).count() == 1);
    return r;
  }

  private static CloseEvent close(Recorder r) {
    return (CloseEvent) r.events.get(r.events.size() - 1).event();
  }

  @Test
  void serverInitiatedCloseIsAnsweredAndReportedClean() {
    Recorder r =
        run("/close?code=4001&reason=server%20says%20bye", WebSocketOptions.defaults(), false);
    assertEquals(List.of("open", "close"), r.types());
    assertEquals(4001, close(r).getCode());
    assertEquals("server says bye", close(r).getReason());
    assertTrue(close(r).isWasClean());
  }

  @Test
  void aCloseFrameWithoutBodyIsReportedAs1005() {
    Recorder r = run("/close/empty", WebSocketOptions.defaults(), false);
    assertEquals(1005, close(r).getCode());
    assertEquals("", close(r).getReason());
    assertTrue(close(r).isWasClean());
  }

  @Test
  void goodbyeMakesTheEchoServerClose1000() {
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            ws -> {
              ws.setOnopen(e -> ws.send("Goodbye"));
            });
    WebSocket ws = r.ws;
    CloseEvent close = r.awaitClose();
    assertEquals(List.of("open", "message", "close"), r.types());
    assertEquals(1000, close.getCode());
    assertTrue(close.isWasClean());
  }

  @Test
  void aDelayedCloseAnswerStillClosesCleanly() {
    Recorder r = run("/echo?delayCloseMs=500", WebSocketOptions.defaults(), true);
    assertEquals(1000, close(r).getCode());
    assertTrue(close(r).isWasClean());
  }

  @Test
  void noCloseAnswerThenTcpDropIs1006WithoutError() {
    Recorder r = run("/close/no-reply?dropAfterMs=100", WebSocketOptions.defaults(), true);
    assertEquals(List.of("open", "close"), r.types());
    assertEquals(1006, close(r).getCode());
    assertFalse(close(r).isWasClean());
  }

  @Test
  void theCloseTimeoutDropsAServerThatNeverAnswers() {
    WebSocketOptions options =
        WebSocketOptions.builder().closeTimeout(Duration.ofMillis(300)).build();
    Recorder r = run("/close/no-reply?dropAfterMs=60000", options, true);
    assertEquals(1006, close(r).getCode());
    assertFalse(close(r).isWasClean());
  }

  @Test
  void tcpDroppedAfterOpenFailsTheConnection() {
    // RFC 6455 §7.2.1: an unexpectedly lost connection fails (error, then close 1006).
    Recorder r = run("/drop?when=open", WebSocketOptions.defaults(), false);
    assertEquals(List.of("open", "error", "close"), r.types());
    assertEquals(1006, close(r).getCode());
    assertFalse(close(r).isWasClean());
  }

  @Test
  void tcpDroppedInTheMiddleOfAMessageFailsTheConnection() {
    Recorder r = run("/drop?when=mid-message", WebSocketOptions.defaults(), false);
    assertEquals(List.of("open", "error", "close"), r.types());
    assertEquals(1006, close(r).getCode());
  }

  @Test
  void readyStateIsClosingOnceTheServersCloseArrives() {
    Recorder r = Recorder.connect(server.url("/close?code=1000&delayMs=200"), ws -> {});
    WebSocket ws = r.ws;
    r.awaitOpen();
    await().atMost(Duration.ofSeconds(5)).until(() -> ws.getReadyState() >= WebSocket.CLOSING);
    r.awaitClose();
    assertEquals(WebSocket.CLOSED, ws.getReadyState());
  }
}
