package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The attributes and their values through the life of a socket (WHATWG WebSockets §3). */
@TckArea(value = "attributes", order = 3)
public abstract class AttributesVerification extends TckBase {

  /** §3: a new socket is CONNECTING, with nothing buffered, no protocol, no extensions, "blob". */
  @Test
  @Spec(
      "WHATWG WebSockets §3 constructor step 10, readyState, bufferedAmount, protocol, extensions,"
          + " binaryType")
  void attributesStartAtTheirInitialValues() throws Exception {
    TckSocket s = connect("/handshake/delay?ms=2000").socket();
    assertEquals(CONNECTING, s.readyState(), "readyState");
    assertEquals(0, s.bufferedAmount(), "bufferedAmount");
    assertEquals("", s.protocol(), "protocol");
    assertEquals("", s.extensions(), "extensions");
    assertEquals("blob", s.binaryType(), "binaryType");
  }

  /** §5: readyState becomes OPEN in the task that fires open, not earlier. */
  @Test
  @Spec("WHATWG WebSockets §5 'when the WebSocket connection is established' steps 1 and 4")
  void readyStateIsOpenInsideTheOpenEvent() throws Exception {
    Probe p = connect("/echo");
    assertEquals(OPEN, p.awaitOpen().readyState());
  }

  /** §5: readyState is OPEN while messages are dispatched. */
  @Test
  @Spec("WHATWG WebSockets §5 'when a WebSocket message has been received' step 1")
  void readyStateIsOpenInsideMessageEvents() throws Exception {
    Probe p = connect("/send?size=10&count=5&type=text");
    p.awaitMessages(5);
    for (Observed o : p.events()) {
      if (o.type().equals("message")) {
        assertEquals(OPEN, o.readyState(), "readyState inside " + o);
      }
    }
  }

  /** §5: readyState is CLOSED while close (and error) are dispatched, and stays CLOSED. */
  @Test
  @Spec("WHATWG WebSockets §5 'when the WebSocket connection is closed' step 1")
  void readyStateIsClosedInsideTheCloseEvent() throws Exception {
    Probe p = connect("/close?code=1000");
    Observed close = p.awaitClose();
    assertEquals(CLOSED, close.readyState());
    assertEquals(CLOSED, p.socket().readyState());
  }

  /** §3: protocol keeps the selected value after the connection closed. */
  @Test
  @Spec("WHATWG WebSockets §3 protocol")
  void protocolIsKeptAfterClose() throws Exception {
    Probe p = connect("/protocol?select=first", "chat");
    p.awaitOpen();
    Probe.run(() -> p.socket().close());
    p.awaitClose();
    assertEquals("chat", p.socket().protocol());
  }
}
