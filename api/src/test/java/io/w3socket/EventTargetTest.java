package io.w3socket;

import static io.w3socket.Dom.assertDomException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DOM #interface-eventtarget and HTML #event-handler-attributes, without the network. */
class EventTargetTest {
  private final List<String> calls = new ArrayList<>();

  private EventListener log(String name) {
    return e -> calls.add(name);
  }

  @Test
  void listenersRunInRegistrationOrderAndTheHandlerKeepsItsFirstPosition() {
    WebSocket ws = new WebSocket("ws://127.0.0.1:9/");
    ws.addEventListener("open", log("a"));
    ws.setOnopen(log("handler1")::handleEvent);
    ws.addEventListener("open", log("b"));
    ws.setOnopen(log("handler2")::handleEvent); // same position as handler1
    ws.dispatchEvent(new Event("open"));
    assertEquals(List.of("a", "handler2", "b"), calls);
    calls.clear();
    ws.setOnopen(null); // deactivated: removed from the list
    ws.setOnopen(log("handler3")::handleEvent); // re-activated: appended at the end
    ws.dispatchEvent(new Event("open"));
    assertEquals(List.of("a", "b", "handler3"), calls);
    ws.close();
  }

  @Test
  void duplicateListenersAreIgnoredAndOnceListenersRunOnce() {
    EventTarget t = new EventTarget();
    EventListener a = log("a");
    t.addEventListener("x", a);
    t.addEventListener("x", a);
    t.addEventListener("x", log("once"), AddEventListenerOptions.ONCE);
    t.addEventListener("x", null);
    t.dispatchEvent(new Event("x"));
    t.dispatchEvent(new Event("x"));
    assertEquals(List.of("a", "once", "a"), calls);
    t.removeEventListener("x", a);
    t.dispatchEvent(new Event("x"));
    assertEquals(3, calls.size());
  }

  @Test
  void aListenerRemovedDuringDispatchDoesNotRun() {
    EventTarget t = new EventTarget();
    EventListener b = log("b");
    t.addEventListener("x", e -> t.removeEventListener("x", b));
    t.addEventListener("x", b);
    t.addEventListener("x", e -> t.addEventListener("x", log("added-late")));
    t.dispatchEvent(new Event("x"));
    assertEquals(List.of(), calls);
  }

  @Test
  void stopImmediatePropagationStopsTheRemainingListeners() {
    EventTarget t = new EventTarget();
    t.addEventListener(
        "x",
        e -> {
          calls.add("first");
          e.stopImmediatePropagation();
        });
    t.addEventListener("x", log("second"));
    t.dispatchEvent(new Event("x"));
    assertEquals(List.of("first"), calls);
  }

  @Test
  void dispatchSetsTargetPhaseAndIsNotTrusted() {
    EventTarget t = new EventTarget();
    Event[] seen = new Event[1];
    int[] phase = new int[1];
    t.addEventListener(
        "x",
        e -> {
          seen[0] = e;
          phase[0] = e.getEventPhase();
          assertSame(t, e.getCurrentTarget());
          assertDomException("InvalidStateError", () -> t.dispatchEvent(e));
        });
    Event event = new Event("x");
    assertTrue(t.dispatchEvent(event));
    assertSame(event, seen[0]);
    assertSame(t, event.getTarget());
    assertNull(event.getCurrentTarget());
    assertEquals(Event.AT_TARGET, phase[0]);
    assertEquals(Event.NONE, event.getEventPhase());
    assertFalse(event.isTrusted());
    assertFalse(event.isBubbles());
    assertFalse(event.isCancelable());
  }

  @Test
  void blobSlicesClampLikeTheFileApi() {
    Blob b = new Blob(new byte[] {0, 1, 2, 3, 4}, "Text/Plain");
    assertEquals("text/plain", b.getType());
    assertEquals(3, b.slice(1, 4).getSize());
    assertEquals(2, b.slice(-2, 100).getSize());
    assertEquals(0, b.slice(4, 2).getSize());
    assertEquals(4, b.slice(1, 5).toByteArray()[3]);
    assertEquals("", new Blob(new byte[0], "\u00e9").getType());
    assertEquals("h\u00e9", new Blob("h\u00e9", "").text());
  }
}
