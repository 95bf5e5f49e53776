package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Event handler attributes and listeners (HTML #event-handler-attributes; DOM
 * #interface-eventtarget). Needs the adapter's optional event target methods; skipped without them.
 */
@TckArea(value = "event handlers", order = 11)
public abstract class HandlersVerification extends TckBase {

  private TckSocket target(String path) throws Exception {
    TckSocket s = connect(path).socket();
    assumeSupported(() -> s.hasHandler("open"), "event handler attributes");
    assumeSupported(() -> s.addEventListener("x-unused", e -> {}), "addEventListener");
    return s;
  }

  private static TckCallback log(List<String> calls, String name) {
    return e -> calls.add(name + ":" + e.type());
  }

  /** HTML #event-handler-attributes: onopen, onmessage, onerror, onclose start null. */
  @Test
  @Spec(
      "HTML #event-handler-attributes (initially null); WebSockets #interface-definition (onopen,"
          + " onmessage, onerror, onclose)")
  void handlersStartNull() throws Exception {
    TckSocket s = target("/echo");
    for (String type : List.of("open", "message", "error", "close")) {
      assertFalse(s.hasHandler(type), "on" + type + " is initially null");
    }
  }

  /**
   * DOM #concept-event-listener-inner-invoke: listeners run in registration order; a handler runs
   * in its own position.
   */
  @Test
  @Spec("DOM #concept-event-listener-inner-invoke (list order); HTML #activate-an-event-handler")
  void listenersAndHandlersRunInRegistrationOrder() throws Exception {
    List<String> calls = new CopyOnWriteArrayList<>();
    TckSocket s = target(heldHandshake());
    s.addEventListener("open", log(calls, "first"));
    s.setHandler("open", log(calls, "onopen"));
    s.addEventListener("open", log(calls, "last"));
    releaseHandshake(); // every listener is in place while the socket is CONNECTING
    awaitUntil("open", () -> calls.size() >= 3);
    assertEquals(List.of("first:open", "onopen:open", "last:open"), calls);
  }

  /**
   * HTML #activate-an-event-handler: replacing a handler keeps its place; clearing and setting
   * again moves it last.
   */
  @Test
  @Spec("HTML #activate-an-event-handler, #deactivate-an-event-handler")
  void handlerKeepsItsPositionWhenReplaced() throws Exception {
    List<String> calls = new CopyOnWriteArrayList<>();
    TckSocket s = target(heldHandshake());
    s.addEventListener("open", log(calls, "a"));
    s.setHandler("open", log(calls, "h1"));
    s.addEventListener("open", log(calls, "b"));
    s.setHandler("open", log(calls, "h2"));
    s.setHandler("close", log(calls, "c1"));
    s.addEventListener("close", log(calls, "d"));
    s.setHandler("close", null);
    s.setHandler("close", log(calls, "c2"));
    releaseHandshake(); // every listener is in place while the socket is CONNECTING
    awaitUntil("open", () -> calls.size() >= 3);
    Probe.run(s::close);
    awaitUntil("close", () -> calls.size() >= 5);
    assertEquals(List.of("a:open", "h2:open", "b:open", "d:close", "c2:close"), calls);
  }

  /**
   * DOM #add-an-event-listener step 5: adding the same listener twice registers it once; a removed
   * listener is not called.
   */
  @Test
  @Spec("DOM #add-an-event-listener step 5; DOM #remove-an-event-listener")
  void duplicateListenersAreIgnoredAndRemovedOnesNotCalled() throws Exception {
    List<String> calls = new CopyOnWriteArrayList<>();
    TckSocket s = target(heldHandshake());
    TckCallback once = log(calls, "once");
    TckCallback removed = log(calls, "removed");
    s.addEventListener("open", once);
    s.addEventListener("open", once);
    s.addEventListener("open", removed);
    s.removeEventListener("open", removed);
    s.addEventListener("open", log(calls, "end"));
    releaseHandshake(); // every listener is in place while the socket is CONNECTING
    awaitUntil("open", () -> calls.contains("end:open"));
    assertEquals(List.of("once:open", "end:open"), calls);
  }

  /** HTML #deactivate-an-event-handler: setting a handler to null removes it. */
  @Test
  @Spec("HTML #event-handler-attributes (setting null); HTML #deactivate-an-event-handler")
  void nullHandlerIsRemoved() throws Exception {
    List<String> calls = new CopyOnWriteArrayList<>();
    TckSocket s = target(heldHandshake());
    s.setHandler("open", log(calls, "handler"));
    s.setHandler("open", null);
    assertFalse(s.hasHandler("open"), "onopen after setting null");
    s.addEventListener("open", log(calls, "listener"));
    releaseHandshake(); // every listener is in place while the socket is CONNECTING
    awaitUntil("open", () -> !calls.isEmpty());
    assertEquals(List.of("listener:open"), calls);
  }

  /**
   * DOM #concept-event-listener-inner-invoke: an exception in a listener is reported; the other
   * listeners and the socket go on.
   */
  @Test
  @Spec(
      "DOM #concept-event-listener-inner-invoke step 2 ('report an exception');"
          + " WebSockets #feedback-from-the-protocol")
  void throwingListenerDoesNotStopTheOthersOrTheSocket() throws Exception {
    List<String> calls = new CopyOnWriteArrayList<>();
    TckSocket s = target(heldHandshake());
    s.addEventListener(
        "message",
        e -> {
          calls.add("thrower:" + e.text());
          throw new IllegalStateException("thrown by a TCK listener on purpose");
        });
    s.setHandler("message", e -> calls.add("handler:" + e.text()));
    s.addEventListener("open", e -> s.send("1"));
    releaseHandshake(); // every listener is in place while the socket is CONNECTING
    awaitUntil("the first message", () -> calls.size() >= 2);
    Probe.run(() -> s.send("2"));
    awaitUntil("the second message", () -> calls.size() >= 4);
    assertEquals(List.of("thrower:1", "handler:1", "thrower:2", "handler:2"), calls);
  }
}
