package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A connection storm: many sockets constructed at once, more than the server's accept backlog
 * (256), so that the kernel drops SYNs and the clients retry them. None may fail: each opens, gets
 * its echo and closes cleanly (WebSockets #concept-websocket-establish step 11.1: a connection
 * fails only on a network error, and a full backlog is a delay, not a refusal). And sockets queued
 * for a handshake slot ({@link HandshakeSlots}) that are closed before their turn.
 */
class ConnectionStormTest {
  private static final int SOCKETS = 1000;

  @Test
  void aThousandSocketsOpenedAtOnceAllOpenEchoAndCloseCleanly() throws Exception {
    AtomicInteger opened = new AtomicInteger();
    AtomicInteger echoed = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger clean = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    List<WebSocket> all = new ArrayList<>();
    String url = LoopbackServer.SERVER.url("/echo");
    for (int i = 0; i < SOCKETS; i++) {
      WebSocket ws = new WebSocket(url);
      ws.setOnopen(
          e -> {
            opened.incrementAndGet();
            ws.send("storm");
          });
      ws.setOnmessage(
          e -> {
            if ("storm".equals(((MessageEvent) e).getData())) {
              echoed.incrementAndGet();
            }
          });
      ws.setOnerror(e -> errors.incrementAndGet());
      ws.setOnclose(
          e -> {
            closed.incrementAndGet();
            CloseEvent c = (CloseEvent) e;
            if (c.isWasClean() && c.getCode() == 1000) {
              clean.incrementAndGet();
            }
          });
      all.add(ws);
    }
    await().atMost(Duration.ofMinutes(3)).until(() -> echoed.get() + closed.get() >= SOCKETS);
    assertEquals(0, errors.get(), "error events");
    assertEquals(SOCKETS, opened.get(), "opened");
    assertEquals(SOCKETS, echoed.get(), "echoed");
    // Every handshake has ended, so HandshakeSlots no longer tracks the origin.
    String origin = WebSocketUrl.parse(url, null).origin();
    await().atMost(Duration.ofSeconds(30)).until(() -> !HandshakeSlots.tracked(origin));
    all.forEach(ws -> ws.close(1000));
    await().atMost(Duration.ofMinutes(3)).until(() -> closed.get() == SOCKETS);
    assertEquals(SOCKETS, clean.get(), "clean closes with 1000");
  }

  @Test
  void socketsClosedWhileWaitingForTheirTurnAllClose() {
    // Every slot taken by a handshake the server never answers, and ten thousand sockets queued
    // behind them; closing them all ends each queued one as its turn comes, one after another.
    int n = HandshakeSlots.PER_ORIGIN + 10_000;
    AtomicInteger closed = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    List<WebSocket> all = new ArrayList<>();
    String url = LoopbackServer.SERVER.url("/handshake/hang");
    for (int i = 0; i < n; i++) {
      WebSocket ws = new WebSocket(url);
      ws.setOnclose(
          e -> {
            closed.incrementAndGet();
            if (((CloseEvent) e).getCode() == 1006) {
              failed.incrementAndGet();
            }
          });
      all.add(ws);
    }
    all.forEach(WebSocket::close);
    await().atMost(Duration.ofMinutes(2)).until(() -> closed.get() == n);
    assertEquals(n, failed.get(), "close events with 1006");
  }

  @Test
  void aSocketClosedWhileWaitingForItsTurnClosesWithoutWaitingForASlot() {
    // #dom-websocket-close: close() on a socket whose connection is not yet established fails it
    // then and there; a socket queued behind handshakes that take their whole deadline must not
    // wait for one of them to end before its error and close events.
    String url = LoopbackServer.SERVER.url("/handshake/hang");
    WebSocketOptions slow =
        WebSocketOptions.builder().connectTimeout(Duration.ofMinutes(5)).build();
    List<WebSocket> inFlight = new ArrayList<>();
    for (int i = 0; i < HandshakeSlots.PER_ORIGIN; i++) {
      inFlight.add(new WebSocket(url, slow));
    }
    try {
      Recorder queued = Recorder.of(new WebSocket(url, slow));
      queued.ws.close();
      assertEquals(1006, queued.awaitClose().getCode());
      assertEquals(List.of("error", "close"), queued.types());
      for (WebSocket ws : inFlight) {
        assertEquals(WebSocket.CONNECTING, ws.getReadyState(), "a slot was still taken");
      }
    } finally {
      inFlight.forEach(WebSocket::close);
    }
  }
}
