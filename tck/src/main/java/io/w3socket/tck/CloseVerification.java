package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@code close(code, reason)} (WebSockets #dom-websocket-close). */
@TckArea(value = "close()", order = 6)
public abstract class CloseVerification extends TckBase {

  /** #dom-websocket-close step 1: a code other than 1000 or 3000–4999 is an InvalidAccessError. */
  @Test
  @Spec("WebSockets #dom-websocket-close step 1")
  void closeCodeOutsideTheAllowedRangesThrowsInvalidAccessError() throws Exception {
    TckSocket s = connect(heldHandshake()).socket();
    for (int code : new int[] {0, 999, 1001, 1002, 1005, 1006, 1011, 1015, 2999, 5000, 65535}) {
      assertDomException("InvalidAccessError", () -> s.close(code), "close(" + code + ")");
      assertEquals(CONNECTING, s.readyState(), "readyState after close(" + code + ") threw");
    }
  }

  /** #dom-websocket-close step 2: a reason longer than 123 UTF-8 bytes is a SyntaxError. */
  @Test
  @Spec("WebSockets #dom-websocket-close step 2")
  void closeReasonOver123Utf8BytesThrowsSyntaxError() throws Exception {
    TckSocket s = connect(heldHandshake()).socket();
    assertDomException(
        "SyntaxError", () -> s.close(1000, "x".repeat(124)), "close(1000, 124 ASCII bytes)");
    assertDomException(
        "SyntaxError",
        () -> s.close(4000, "\u00e9".repeat(62)),
        "close(4000, 62 x U+00E9 = 124 bytes)");
    assertEquals(CONNECTING, s.readyState(), "readyState after close() threw");
  }

  /** #dom-websocket-close: the code is checked before the reason. */
  @Test
  @Spec("WebSockets #dom-websocket-close steps 1 and 2 (in order)")
  void closeCodeIsCheckedBeforeTheReason() throws Exception {
    TckSocket s = connect(heldHandshake()).socket();
    assertDomException(
        "InvalidAccessError", () -> s.close(1001, "x".repeat(200)), "close(1001, 200 bytes)");
  }

  /**
   * #dom-websocket-close step 3: while CONNECTING, close() fails the connection: CLOSING at once,
   * error and close later.
   */
  @Test
  @Spec("WebSockets #dom-websocket-close step 3 (not yet established); #closeWebSocket")
  void closeWhileConnectingFailsTheConnection() throws Exception {
    Probe p = connect(heldHandshake());
    TckSocket s = p.socket();
    Probe.run(s::close);
    int state = s.readyState();
    // The server answers only now: a 101 after close() must not open the socket.
    releaseHandshake();
    // CLOSED only if the failure's task already ran on another thread.
    assertTrue(
        state == CLOSING || state == CLOSED,
        "readyState right after close() while CONNECTING: " + state);
    assertFailsBeforeOpen(p);
    for (Observed o : p.events()) {
      assertFalse(o.synchronous(), o + " was dispatched inside close()");
    }
  }

  /** #dom-websocket-close step 3: while OPEN, readyState is CLOSING as soon as close() returns. */
  @Test
  @Spec("WebSockets #dom-websocket-close step 3 (start the closing handshake, set CLOSING)")
  void readyStateIsClosingRightAfterClose() throws Exception {
    List<Integer> seen = new CopyOnWriteArrayList<>();
    Probe p =
        probe()
            .on(
                "open",
                (s, e) -> {
                  s.close(1000);
                  seen.add(s.readyState());
                });
    connect(p, "/echo").awaitClose();
    assertEquals(List.of(CLOSING), seen);
  }

  /**
   * #dom-websocket-close step 3: with neither code nor reason the Close frame has no body (the peer
   * sees 1005).
   */
  @Test
  @Spec("WebSockets #dom-websocket-close step 3 ('must not have a body'); RFC 6455 §7.1.5")
  void closeWithoutArgumentsSendsACloseFrameWithoutBody() throws Exception {
    Probe p = probe().on("open", (s, e) -> s.close());
    Observed close = connect(p, "/echo").awaitClose();
    assertEquals(
        1005,
        close.event().code(),
        "the server echoes the client's Close body; an empty one comes back as 1005");
    assertTrue(close.event().wasClean(), "wasClean");
  }

  /** #dom-websocket-close step 3: code and reason are sent in the Close frame. */
  @Test
  @Spec("WebSockets #dom-websocket-close step 3 (code, then reasonBytes); RFC 6455 §5.5.1")
  void closeSendsTheCodeAndReason() throws Exception {
    Probe p = probe().on("open", (s, e) -> s.close(4321, "bye \u00e9"));
    Observed close = connect(p, "/echo").awaitClose();
    assertEquals(4321, close.event().code());
    assertEquals("bye \u00e9", close.event().reason());
    assertTrue(close.event().wasClean(), "wasClean");
  }

  /** #dom-websocket-close step 3: a code alone is sent with an empty reason. */
  @Test
  @Spec("WebSockets #dom-websocket-close step 3 (code present, reason not)")
  void closeSendsTheCodeAlone() throws Exception {
    Probe p = probe().on("open", (s, e) -> s.close(3000));
    Observed close = connect(p, "/echo").awaitClose();
    assertEquals(3000, close.event().code());
    assertEquals("", close.event().reason());
  }

  /** #dom-websocket-close step 2: a reason of exactly 123 UTF-8 bytes is allowed. */
  @Test
  @Spec("WebSockets #dom-websocket-close step 2")
  void closeReasonOfExactly123BytesIsAllowed() throws Exception {
    String reason = "\u00e9".repeat(61) + "x";
    Probe p = probe().on("open", (s, e) -> s.close(1000, reason));
    Observed close = connect(p, "/echo").awaitClose();
    assertEquals(reason, close.event().reason());
  }

  /** #dom-websocket-close step 3: when CLOSING or CLOSED, close() does nothing. */
  @Test
  @Spec("WebSockets #dom-websocket-close step 3 (CLOSING or CLOSED: do nothing)")
  void closeWhenClosingOrClosedDoesNothing() throws Exception {
    Probe p =
        probe()
            .on(
                "open",
                (s, e) -> {
                  s.close(3001);
                  s.close(4000, "ignored");
                });
    Observed close = connect(p, "/echo").awaitCloseAndQuiet();
    assertEquals(3001, close.event().code(), "the first close() decides the code");
    assertNoException(() -> p.socket().close(1000), "close() when CLOSED");
    assertEquals(CLOSED, p.socket().readyState());
    assertEquals(1, p.count("close"), "close events: " + p.summary());
  }

  /** #closeWebSocket: close() inside the open event does not dispatch close synchronously. */
  @Test
  @Spec("WebSockets #closeWebSocket (the close event is fired from a queued task)")
  void closeDispatchesNoEventInsideTheCall() throws Exception {
    Probe p = probe().on("open", (s, e) -> s.close(1000));
    connect(p, "/echo").awaitClose();
    for (Observed o : p.events()) {
      assertFalse(o.synchronous(), o + " was dispatched inside close()");
    }
  }
}
