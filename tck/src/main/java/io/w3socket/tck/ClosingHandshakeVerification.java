package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The closing handshake and how the connection ends (RFC 6455 §7, WebSockets #closeWebSocket). */
@TckArea(value = "closing handshake", order = 7)
public abstract class ClosingHandshakeVerification extends TckBase {

  /** RFC 6455 §5.5.1: the server's Close is answered; code and reason are reported, clean. */
  @Test
  @Spec("RFC 6455 §5.5.1 and §7.1.5-6; WebSockets #closeWebSocket step 3")
  void serverCloseIsAnsweredAndReportedWithCodeAndReason() throws Exception {
    Observed close = connect("/close?code=4001&reason=server%20says%20bye").awaitCloseAndQuiet();
    assertEquals(4001, close.event().code());
    assertEquals("server says bye", close.event().reason());
    assertTrue(
        close.event().wasClean(), "wasClean: the server closes TCP only after the client's Close");
  }

  /** RFC 6455 §7.1.5: a Close frame without a body is reported as 1005, clean. */
  @Test
  @Spec("RFC 6455 §7.1.5 (no status code: 1005)")
  void emptyServerCloseIsReportedAs1005() throws Exception {
    Probe p = connect("/close/empty");
    Observed close = p.awaitCloseAndQuiet();
    assertEquals(1005, close.event().code());
    assertEquals("", close.event().reason());
    assertTrue(close.event().wasClean(), "wasClean");
    assertEquals(List.of("open", "close"), p.types());
  }

  /** The echo server closes with 1000 after "Goodbye"; the message comes first. */
  @Test
  @Spec("RFC 6455 §7.1.2 (server-initiated close); WebSockets #closeWebSocket")
  void messageBeforeTheServersCloseIsDelivered() throws Exception {
    Probe p = probe().on("open", (s, e) -> s.send("Goodbye"));
    Observed close = connect(p, "/echo").awaitCloseAndQuiet();
    assertEquals(List.of("open", "message", "close"), p.types());
    assertEquals("Goodbye", p.messages().get(0).text());
    assertEquals(1000, close.event().code());
    assertTrue(close.event().wasClean(), "wasClean");
  }

  /** RFC 6455 §7.1.2: the client waits for the server's (late) Close: still clean. */
  @Test
  @Spec("RFC 6455 §7.1.2 and §7.1.4")
  void lateCloseAnswerStillClosesCleanly() throws Exception {
    Probe p = probe().on("open", (s, e) -> s.close(1000, "done"));
    Observed close = connect(p, "/echo?delayCloseMs=500").awaitCloseAndQuiet();
    assertEquals(1000, close.event().code());
    assertEquals("done", close.event().reason());
    assertTrue(close.event().wasClean(), "wasClean");
  }

  /** RFC 6455 §7.1.5: no Close received before TCP closed means 1006, not clean. */
  @Test
  @Spec("RFC 6455 §7.1.5 (1006) and §7.1.4 (not cleanly closed)")
  void noCloseAnswerBeforeTcpCloseIsReportedAs1006() throws Exception {
    Probe p = probe().on("open", (s, e) -> s.close(1000));
    Observed close = connect(p, "/close/no-reply?dropAfterMs=100").awaitCloseAndQuiet();
    assertEquals(1006, close.event().code());
    assertFalse(close.event().wasClean(), "wasClean");
  }

  /**
   * RFC 6455 §7.2.1: "If at any point the underlying transport layer connection is unexpectedly
   * lost, the client MUST Fail the WebSocket Connection" — so error, then close 1006, not clean
   * (WebSockets #closeWebSocket step 2). Chromium 156 fires no error event here; undici does.
   */
  @Test
  @Spec("RFC 6455 §7.1.5, §7.2.1; WebSockets #closeWebSocket steps 1-3")
  void tcpDropAfterOpenFailsTheConnection() throws Exception {
    Probe p = connect("/drop?when=open");
    Observed close = p.awaitCloseAndQuiet();
    assertEquals(1006, close.event().code());
    assertFalse(close.event().wasClean(), "wasClean");
    assertEquals(List.of("open", "error", "close"), p.types(), "events: " + p.summary());
  }

  /** RFC 6455 §6.2: an incomplete message is never delivered. */
  @Test
  @Spec("RFC 6455 §6.2 (a message is received when all its frames are); §7.1.5")
  void tcpDropInsideAMessageDeliversNoMessage() throws Exception {
    Probe p = probe().on("open", (s, e) -> s.binaryType("arraybuffer"));
    Observed close = connect(p, "/drop?when=mid-message").awaitCloseAndQuiet();
    assertEquals(0, p.messages().size(), "events: " + p.summary());
    assertEquals(1006, close.event().code());
    assertFalse(close.event().wasClean(), "wasClean");
  }

  /**
   * #feedback-from-the-protocol: messages arriving after close() was called are not dispatched
   * (readyState is not OPEN).
   */
  @Test
  @Spec("WebSockets #feedback-from-the-protocol, message received step 1")
  void messagesAreNotDeliveredOnceClosing() throws Exception {
    Probe p =
        probe()
            .on(
                "message",
                (s, e) -> {
                  if (s.readyState() == OPEN) {
                    s.close(1000);
                  }
                });
    connect(p, "/burst?count=2000&size=8").awaitCloseAndQuiet();
    assertEquals(
        1,
        p.messages().size(),
        "messages after the first (whose listener called close()): " + p.summary());
  }
}
