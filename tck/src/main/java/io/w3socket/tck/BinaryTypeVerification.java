package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code binaryType} (WebSockets #dom-websocket-binarytype; #feedback-from-the-protocol). */
@TckArea(value = "binaryType", order = 10)
public abstract class BinaryTypeVerification extends TckBase {

  /** #websocket-binary-type: binaryType starts as "blob". */
  @Test
  @Spec(
      "WebSockets #websocket-binary-type ('Initially it must be blob'), #dom-websocket-binarytype")
  void binaryTypeStartsAsBlob() throws Exception {
    assertEquals("blob", connect("/echo").socket().binaryType());
  }

  /** WebIDL: assigning a value outside the enumeration is ignored, without an exception. */
  @Test
  @Spec(
      "WebSockets #interface-definition (enum BinaryType); WebIDL #dfn-attribute-setter"
          + " (a value outside the enumeration returns without setting)")
  void invalidBinaryTypeIsIgnored() throws Exception {
    TckSocket s = connect("/echo").socket();
    assertNoException(() -> s.binaryType("nonsense"), "binaryType = \"nonsense\"");
    assertEquals("blob", s.binaryType());
    s.binaryType("arraybuffer");
    assertNoException(() -> s.binaryType("Blob"), "binaryType = \"Blob\"");
    assertEquals("arraybuffer", s.binaryType(), "enumeration values are case-sensitive");
  }

  /** #feedback-from-the-protocol: with binaryType "blob" a binary message's data is a Blob. */
  @Test
  @Spec("WebSockets #feedback-from-the-protocol, message received step 2 (blob)")
  void binaryMessageIsABlobWhenBinaryTypeIsBlob() throws Exception {
    Probe p = probe().on("open", (s, e) -> s.send(new byte[] {1, 2, 3}));
    TckEvent m = connect(p, "/echo").awaitMessages(1).get(0);
    assertEquals("blob", m.binaryKind(), "data of " + m);
    assertArrayEquals(new byte[] {1, 2, 3}, m.bytes());
  }

  /**
   * #feedback-from-the-protocol: with binaryType "arraybuffer" a binary message's data is an
   * ArrayBuffer.
   */
  @Test
  @Spec("WebSockets #feedback-from-the-protocol, message received step 2 (arraybuffer)")
  void binaryMessageIsAnArrayBufferWhenBinaryTypeIsArraybuffer() throws Exception {
    Probe p =
        probe()
            .on(
                "open",
                (s, e) -> {
                  s.binaryType("arraybuffer");
                  s.send(new byte[] {4, 5});
                });
    TckEvent m = connect(p, "/echo").awaitMessages(1).get(0);
    assertEquals("arraybuffer", m.binaryKind(), "data of " + m);
    assertArrayEquals(new byte[] {4, 5}, m.bytes());
  }

  /**
   * #feedback-from-the-protocol: binaryType is read when each message is dispatched, not when it
   * arrived.
   */
  @Test
  @Spec(
      "WebSockets #feedback-from-the-protocol, message received step 2 (binary type read in the"
          + " queued task)")
  void binaryTypeIsReadWhenEachMessageIsDispatched() throws Exception {
    Probe p =
        probe()
            .on("open", (s, e) -> s.binaryType("arraybuffer"))
            .on("message", (s, e) -> s.binaryType("blob"));
    List<TckEvent> messages = connect(p, "/burst?count=3&size=4").awaitMessages(3);
    assertEquals("arraybuffer", messages.get(0).binaryKind());
    assertEquals("blob", messages.get(1).binaryKind());
    assertEquals("blob", messages.get(2).binaryKind());
  }

  /** #feedback-from-the-protocol: a text message is always a string, whatever binaryType is. */
  @Test
  @Spec("WebSockets #feedback-from-the-protocol, message received step 2 (text)")
  void textMessageIsAStringWhateverBinaryType() throws Exception {
    Probe p =
        probe()
            .on(
                "open",
                (s, e) -> {
                  s.binaryType("arraybuffer");
                  s.send("text");
                });
    TckEvent m = connect(p, "/echo").awaitMessages(1).get(0);
    assertEquals("text", m.text());
  }
}
