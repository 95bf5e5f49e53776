package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The attributes and their values through the life of a socket (WebSockets #interface-definition).
 */
@TckArea(value = "attributes", order = 3)
public abstract class AttributesVerification extends TckBase {

  /** A new socket is CONNECTING, with nothing buffered, no protocol, no extensions, "blob". */
  @Test
  @Spec(
      "WebSockets #websocket-ready-state, #dom-websocket-bufferedamount, #dom-websocket-protocol,"
          + " #dom-websocket-extensions, #websocket-binary-type (initial values)")
  void attributesStartAtTheirInitialValues() throws Exception {
    TckSocket s = connect(heldHandshake()).socket();
    assertEquals(CONNECTING, s.readyState(), "readyState");
    assertEquals(0, s.bufferedAmount(), "bufferedAmount");
    assertEquals("", s.protocol(), "protocol");
    assertEquals("", s.extensions(), "extensions");
    assertEquals("blob", s.binaryType(), "binaryType");
  }

  /** #feedback-from-the-protocol: readyState becomes OPEN in the task that fires open. */
  @Test
  @Spec("WebSockets #feedback-from-the-protocol, connection established steps 1 and 4")
  void readyStateIsOpenInsideTheOpenEvent() throws Exception {
    Probe p = connect("/echo");
    assertEquals(OPEN, p.awaitOpen().readyState());
  }

  /** #feedback-from-the-protocol: readyState is OPEN while messages are dispatched. */
  @Test
  @Spec("WebSockets #feedback-from-the-protocol, message received step 1")
  void readyStateIsOpenInsideMessageEvents() throws Exception {
    Probe p = connect("/send?size=10&count=5&type=text");
    p.awaitMessages(5);
    for (Observed o : p.events()) {
      if (o.type().equals("message")) {
        assertEquals(OPEN, o.readyState(), "readyState inside " + o);
      }
    }
  }

  /** #closeWebSocket step 1: readyState is CLOSED while close (and error) are dispatched. */
  @Test
  @Spec("WebSockets #closeWebSocket step 1")
  void readyStateIsClosedInsideTheCloseEvent() throws Exception {
    Probe p = connect("/close?code=1000");
    Observed close = p.awaitClose();
    assertEquals(CLOSED, close.readyState());
    assertEquals(CLOSED, p.socket().readyState());
  }

  /** #dom-websocket-protocol: protocol keeps the selected value after the connection closed. */
  @Test
  @Spec("WebSockets #dom-websocket-protocol")
  void protocolIsKeptAfterClose() throws Exception {
    Probe p = connect("/protocol?select=first", "chat");
    p.awaitOpen();
    Probe.run(() -> p.socket().close());
    p.awaitClose();
    assertEquals("chat", p.socket().protocol());
  }
}
