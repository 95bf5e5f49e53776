package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Events and their order (WHATWG WebSockets §5 "Feedback from the protocol"; HTML §8.1.7). */
@TckArea(value = "events and ordering", order = 9)
public abstract class EventsVerification extends TckBase {

  /** §5: a connection's life is open, messages, close; open and close exactly once. */
  @Test
  @Spec("WHATWG WebSockets §5")
  void openMessagesAndCloseFireOnceEachInOrder() throws Exception {
    Probe p =
        probe()
            .on("open", (s, e) -> s.send("one"))
            .on(
                "message",
                (s, e) -> {
                  if ("one".equals(e.event().text())) {
                    s.send("Goodbye");
                  }
                });
    connect(p, "/echo").awaitCloseAndQuiet();
    assertEquals(List.of("open", "message", "message", "close"), p.types());
  }

  /** §5: a message the server sends right after the handshake comes after open. */
  @Test
  @Spec("WHATWG WebSockets §5 (open is queued before any message)")
  void openFiresBeforeTheFirstMessage() throws Exception {
    Probe p = connect("/headers");
    p.awaitMessages(1);
    assertEquals(List.of("open", "message"), p.types());
  }

  /** §5: a failed connection fires error then close, with readyState CLOSED in both. */
  @Test
  @Spec("WHATWG WebSockets §5 'when the WebSocket connection is closed', steps 1-3")
  void errorFiresBeforeCloseWithReadyStateClosed() throws Exception {
    assertFailsBeforeOpen(connect("/handshake/status?code=404"));
  }

  /** §5: exactly one close event, however the connection ends, and nothing after it. */
  @Test
  @Spec("WHATWG WebSockets §5 (the close event is fired once)")
  void exactlyOneCloseEventAndNothingAfter() throws Exception {
    Probe byClient =
        probe()
            .on(
                "open",
                (s, e) -> {
                  s.close(1000);
                  s.close();
                });
    connect(byClient, "/echo").awaitCloseAndQuiet();
    assertEquals(1, byClient.count("close"), byClient.summary());
    Probe byServer = connect("/close?code=1000");
    byServer.awaitCloseAndQuiet();
    assertEquals(1, byServer.count("close"), byServer.summary());
    Probe failed = connect("/hostile/unknown-opcode");
    failed.awaitCloseAndQuiet();
    assertEquals(1, failed.count("close"), failed.summary());
  }

  /** HTML §8.1.7: each event is its own task: events of a socket never run concurrently. */
  @Test
  @Spec("WHATWG WebSockets §5 (queue a task); HTML §8.1.7 event loops")
  void eventsAreNeverDispatchedConcurrently() throws Exception {
    Probe a = connect("/burst?count=300&size=16");
    Probe b = connect("/send?size=64&count=300&type=text");
    a.awaitMessages(300);
    b.awaitMessages(300);
    assertEquals(0, a.overlaps(), "overlapping dispatches");
    assertEquals(0, b.overlaps(), "overlapping dispatches");
  }

  /** §5 / HTML: events are fired by the user agent, so isTrusted is true. */
  @Test
  @Spec("DOM §2.2 isTrusted; HTML 'fire an event'")
  void eventsFromTheSocketAreTrusted() throws Exception {
    Probe p = probe().on("open", (s, e) -> s.send("x"));
    connect(p, "/echo");
    p.awaitMessages(1);
    Probe.run(() -> p.socket().close());
    p.awaitClose();
    for (Observed o : p.events()) {
      assertTrue(o.event().trusted(), o + " is not trusted");
    }
  }

  /** §5: no event is dispatched from inside send(). */
  @Test
  @Spec("WHATWG WebSockets §5 (events are queued as tasks)")
  void sendDispatchesNoEventInsideTheCall() throws Exception {
    Probe p =
        probe()
            .on(
                "open",
                (s, e) -> {
                  for (int i = 0; i < 50; i++) {
                    s.send("m" + i);
                  }
                });
    connect(p, "/echo").awaitMessages(50);
    for (Observed o : p.events()) {
      assertFalse(o.synchronous(), o + " was dispatched inside a method call");
    }
  }
}
