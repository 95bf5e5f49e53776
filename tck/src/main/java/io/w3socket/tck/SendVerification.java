package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code send()} (WebSockets #dom-websocket-send). */
@TckArea(value = "send()", order = 4)
public abstract class SendVerification extends TckBase {

  /**
   * #dom-websocket-send step 1: while CONNECTING, send throws InvalidStateError and buffers
   * nothing.
   */
  @Test
  @Spec("WebSockets #dom-websocket-send step 1")
  void sendWhileConnectingThrowsInvalidStateError() throws Exception {
    TckSocket s = connect(heldHandshake()).socket();
    assertDomException("InvalidStateError", () -> s.send("x"), "send(text) while CONNECTING");
    assertDomException(
        "InvalidStateError", () -> s.send(new byte[3]), "send(bytes) while CONNECTING");
    assertEquals(0, s.bufferedAmount(), "bufferedAmount after the failed sends");
  }

  /** #dom-websocket-send step 2 (string): text is sent as one UTF-8 text message. */
  @Test
  @Spec("WebSockets #dom-websocket-send step 2 (string); RFC 6455 §5.6")
  void textIsSentAsUtf8() throws Exception {
    String text = "h\u00e9llo \u4e16\u754c \uD83D\uDE00";
    Probe p = probe().on("open", (s, e) -> s.send(text));
    List<TckEvent> echoed = connect(p, "/echo").awaitMessages(1);
    assertEquals(text, echoed.get(0).text());
  }

  /** #dom-websocket-send (USVString): lone surrogates are converted to U+FFFD before encoding. */
  @Test
  @Spec("WebSockets #interface-definition (send(USVString)); WebIDL #js-USVString")
  void loneSurrogatesAreSentAsReplacementCharacters() throws Exception {
    Probe p = probe().on("open", (s, e) -> s.send("a\uD800b\uDC00c"));
    List<TckEvent> echoed = connect(p, "/echo").awaitMessages(1);
    assertEquals("a\uFFFDb\uFFFDc", echoed.get(0).text());
  }

  /** #dom-websocket-send step 2 (ArrayBuffer): bytes are sent as one binary message. */
  @Test
  @Spec("WebSockets #dom-websocket-send step 2 (ArrayBuffer)")
  void bytesAreSentAsABinaryMessage() throws Exception {
    byte[] data = {0, 1, 2, (byte) 0xFF, (byte) 0x80};
    Probe p =
        probe()
            .on(
                "open",
                (s, e) -> {
                  s.binaryType("arraybuffer");
                  s.send(data);
                });
    TckEvent echoed = connect(p, "/echo").awaitMessages(1).get(0);
    assertTrue(echoed.isBinary(), "binary echoed as " + echoed);
    assertArrayEquals(data, echoed.bytes());
  }

  /** #dom-websocket-send step 2 (Blob): a Blob is sent as one binary message. */
  @Test
  @Spec("WebSockets #dom-websocket-send step 2 (Blob)")
  void blobIsSentAsABinaryMessage() throws Exception {
    byte[] data = {9, 8, 7};
    Probe p = connect("/echo");
    p.awaitOpen();
    assumeSupported(() -> p.socket().sendBlob(data), "send(Blob)");
    TckEvent echoed = p.awaitMessages(1).get(0);
    assertTrue(echoed.isBinary(), "binary echoed as " + echoed);
    assertArrayEquals(data, echoed.bytes());
  }

  /** #dom-websocket-send: empty text and empty binary messages are messages too. */
  @Test
  @Spec("WebSockets #dom-websocket-send step 2; RFC 6455 §5.6")
  void emptyMessagesAreSent() throws Exception {
    Probe p =
        probe()
            .on(
                "open",
                (s, e) -> {
                  s.send("");
                  s.send(new byte[0]);
                });
    List<TckEvent> echoed = connect(p, "/echo-nocompress").awaitMessages(2);
    assertEquals("", echoed.get(0).text());
    assertEquals(0, echoed.get(1).bytes().length);
  }

  /** #dom-websocket-send: messages are transmitted in the order of the send() calls, each whole. */
  @Test
  @Spec("WebSockets #dom-websocket-send step 2; RFC 6455 §5.4 (no interleaving)")
  void messagesAreSentInOrder() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    Probe p =
        probe()
            .on(
                "open",
                (s, e) -> {
                  for (int i = 0; i < 200; i++) {
                    byte[] text = ("message " + i).getBytes(StandardCharsets.UTF_8);
                    sha.update(text);
                    s.send("message " + i);
                  }
                  s.send("report");
                });
    String report = connect(p, "/sink").awaitMessages(1).get(0).text();
    assertEquals(
        "{\"messages\":200,\"bytes\":"
            + bytes200()
            + ",\"sha256\":\""
            + HexFormat.of().formatHex(sha.digest())
            + "\"}",
        report);
  }

  private static int bytes200() {
    int n = 0;
    for (int i = 0; i < 200; i++) {
      n += ("message " + i).length();
    }
    return n;
  }

  /** #dom-websocket-send: a large binary message arrives intact. */
  @Test
  @Spec("WebSockets #dom-websocket-send step 2; RFC 6455 §5.2 (64-bit payload length)")
  void largeMessagesAreSentIntact() throws Exception {
    byte[] big = new byte[3 * 1024 * 1024];
    new Random(7).nextBytes(big);
    Probe p =
        probe()
            .on(
                "open",
                (s, e) -> {
                  s.binaryType("arraybuffer");
                  s.send(big);
                });
    TckEvent echoed = connect(p, "/echo-nocompress").awaitMessages(1).get(0);
    assertArrayEquals(big, echoed.bytes());
  }

  /**
   * #dom-websocket-send step 2: only a full buffer may close the connection, and a browser buffers
   * tens of MiB (bufferedAmount is an unsigned long long), so 16 MiB at once keeps it open.
   */
  @Test
  @Spec(
      "WebSockets #dom-websocket-send step 2 ('flag the WebSocket as full'); #interface-definition")
  void sendingMoreThanSixteenMebibytesAtOnceKeepsTheConnection() throws Exception {
    int mib = 1024 * 1024;
    Probe p =
        probe()
            .on(
                "open",
                (s, e) -> {
                  for (int i = 0; i < 20; i++) {
                    s.send(new byte[mib]);
                  }
                  s.send("report");
                });
    String report = connect(p, "/sink").awaitMessages(1).get(0).text();
    assertTrue(
        report != null && report.startsWith("{\"messages\":20,\"bytes\":" + 20L * mib),
        "the server received: " + report);
  }

  /** #dom-websocket-send step 2: once closing started, send() does not throw and sends nothing. */
  @Test
  @Spec(
      "WebSockets #dom-websocket-send step 2 (only before the closing handshake started; no"
          + " exception)")
  void sendAfterCloseDoesNotThrow() throws Exception {
    Probe p =
        probe()
            .on(
                "open",
                (s, e) -> {
                  s.close();
                  s.send("after close");
                  s.send(new byte[2]);
                });
    connect(p, "/echo").awaitCloseAndQuiet();
    assertNoException(() -> p.socket().send("after closed"), "send() when CLOSED");
    assertEquals(List.of("open", "close"), p.types());
  }
}
