package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Events and their order (WebSockets #feedback-from-the-protocol; HTML #event-loops). */
@TckArea(value = "events and ordering", order = 9)
public abstract class EventsVerification extends TckBase {

  /**
   * #feedback-from-the-protocol: a connection's life is open, messages, close; open and close
   * exactly once.
   */
  @Test
  @Spec("WebSockets #feedback-from-the-protocol")
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

  /**
   * #feedback-from-the-protocol: a message the server sends right after the handshake comes after
   * open.
   */
  @Test
  @Spec("WebSockets #feedback-from-the-protocol (open is queued before any message)")
  void openFiresBeforeTheFirstMessage() throws Exception {
    Probe p = connect("/headers");
    p.awaitMessages(1);
    assertEquals(List.of("open", "message"), p.types());
  }

  /**
   * #closeWebSocket: a failed connection fires error then close, with readyState CLOSED in both.
   */
  @Test
  @Spec("WebSockets #closeWebSocket steps 1-3")
  void errorFiresBeforeCloseWithReadyStateClosed() throws Exception {
    assertFailsBeforeOpen(connect("/handshake/status?code=404"));
  }

  /**
   * #closeWebSocket: exactly one close event, however the connection ends, and nothing after it.
   */
  @Test
  @Spec("WebSockets #closeWebSocket (the close event is fired once)")
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

  /** HTML #event-loops: each event is its own task: events of a socket never run concurrently. */
  @Test
  @Spec("WebSockets #feedback-from-the-protocol (queue a task); HTML #event-loops")
  void eventsAreNeverDispatchedConcurrently() throws Exception {
    Probe a = connect("/burst?count=300&size=16");
    Probe b = connect("/send?size=64&count=300&type=text");
    a.awaitMessages(300);
    b.awaitMessages(300);
    assertEquals(0, a.overlaps(), "overlapping dispatches");
    assertEquals(0, b.overlaps(), "overlapping dispatches");
  }

  /** DOM #concept-event-create step 4: events fired by the user agent have isTrusted true. */
  @Test
  @Spec(
      "DOM #dom-event-istrusted; DOM #concept-event-fire step 2; DOM #concept-event-create step 4")
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

  /** #feedback-from-the-protocol: no event is dispatched from inside send(). */
  @Test
  @Spec("WebSockets #feedback-from-the-protocol (events are queued as tasks)")
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
