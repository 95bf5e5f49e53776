package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Failing the WebSocket connection (RFC 6455 §7.1.7; WebSockets #closeWebSocket): bad handshakes
 * and hostile frames end in {@code error} then {@code close} with 1006; valid but unusual framing
 * does not.
 */
@TckArea(value = "failure", order = 8)
public abstract class FailureVerification extends TckBase {

  /** RFC 6455 §4.1: any status but 101 fails the connection; redirects are not followed. */
  @Test
  @Spec(
      "RFC 6455 §4.1, client requirement 1 (status 101); WebSockets #concept-websocket-establish"
          + " steps 2 and 11.1 (redirect mode \"error\", status not 101)")
  void non101ResponseFailsTheConnection() throws Exception {
    for (int status : new int[] {200, 302, 401, 404}) {
      assertFailsBeforeOpen(connect("/handshake/status?code=" + status));
    }
  }

  /** RFC 6455 §4.1: an answer that is not HTTP fails the connection. */
  @Test
  @Spec("RFC 6455 §4.1 (the server's handshake)")
  void nonHttpAnswerFailsTheConnection() throws Exception {
    assertFailsBeforeOpen(connect("/handshake/not-http"));
  }

  /** RFC 6455 §4.1 client requirement 4: a wrong Sec-WebSocket-Accept fails the connection. */
  @Test
  @Spec("RFC 6455 §4.1, client requirement 4")
  void wrongAcceptHeaderFailsTheConnection() throws Exception {
    assertFailsBeforeOpen(connect("/handshake/bad-accept"));
  }

  /** RFC 6455 §4.1 client requirement 2: a 101 without Upgrade: websocket fails the connection. */
  @Test
  @Spec("RFC 6455 §4.1, client requirement 2")
  void missingUpgradeHeaderFailsTheConnection() throws Exception {
    assertFailsBeforeOpen(connect("/handshake/no-upgrade"));
  }

  /** RFC 6455 §4.1 client requirement 3: a 101 without Connection: Upgrade fails the connection. */
  @Test
  @Spec("RFC 6455 §4.1, client requirement 3")
  void missingConnectionHeaderFailsTheConnection() throws Exception {
    assertFailsBeforeOpen(connect("/handshake/no-connection"));
  }

  /** RFC 6455 §4.1: the server closing TCP instead of answering fails the connection. */
  @Test
  @Spec("RFC 6455 §4.1; §7.2.1 (transport lost)")
  void tcpDropDuringTheHandshakeFailsTheConnection() throws Exception {
    assertFailsBeforeOpen(connect("/drop?when=handshake"));
  }

  /** RFC 6455 §8.1: a text message that is not UTF-8 fails the connection; nothing is delivered. */
  @Test
  @Spec("RFC 6455 §8.1 (fail on invalid UTF-8); WebSockets #closeWebSocket step 2")
  void invalidUtf8InATextMessageFailsTheConnection() throws Exception {
    assertFailsAfterOpen(connect("/hostile/invalid-utf8"));
  }

  /** RFC 6455 §5.2: a reserved opcode fails the connection. */
  @Test
  @Spec("RFC 6455 §5.2 (opcode: reserved values)")
  void reservedOpcodeFailsTheConnection() throws Exception {
    assertFailsAfterOpen(connect("/hostile/unknown-opcode"));
  }

  /** RFC 6455 §5.2: RSV bits without a negotiated extension fail the connection. */
  @Test
  @Spec("RFC 6455 §5.2 (RSV1-3)")
  void reservedBitsFailTheConnection() throws Exception {
    assertFailsAfterOpen(connect("/hostile/rsv-bits"));
  }

  /** RFC 6455 §5.1: a masked frame from the server fails the connection. */
  @Test
  @Spec("RFC 6455 §5.1 (the client MUST close on a masked frame)")
  void maskedServerFrameFailsTheConnection() throws Exception {
    assertFailsAfterOpen(connect("/hostile/masked-frame"));
  }

  /** RFC 6455 §5.5: a control frame over 125 bytes fails the connection. */
  @Test
  @Spec("RFC 6455 §5.5 (control frames: payload of 125 bytes or less)")
  void controlFrameOver125BytesFailsTheConnection() throws Exception {
    assertFailsAfterOpen(connect("/hostile/control-too-long"));
  }

  /** RFC 6455 §5.5: a fragmented control frame fails the connection. */
  @Test
  @Spec("RFC 6455 §5.5 (control frames MUST NOT be fragmented)")
  void fragmentedControlFrameFailsTheConnection() throws Exception {
    assertFailsAfterOpen(connect("/hostile/fragmented-control"));
  }

  /** RFC 6455 §5.4: a continuation frame with no message started fails the connection. */
  @Test
  @Spec("RFC 6455 §5.4 (fragmentation)")
  void continuationWithoutAStartFailsTheConnection() throws Exception {
    assertFailsAfterOpen(connect("/hostile/continuation-without-start"));
  }

  /** RFC 6455 §5.4: a new data frame inside a fragmented message fails the connection. */
  @Test
  @Spec("RFC 6455 §5.4 (fragments of one message are not interleaved)")
  void newMessageInsideAFragmentedOneFailsTheConnection() throws Exception {
    assertFailsAfterOpen(connect("/hostile/text-inside-fragmented"));
  }

  /** RFC 6455 §5.5.1: a Close body of one byte fails the connection. */
  @Test
  @Spec("RFC 6455 §5.5.1 (a body starts with a 2-byte code)")
  void closeFrameWithAOneByteBodyFailsTheConnection() throws Exception {
    assertFailsAfterOpen(connect("/hostile/close-1-byte"));
  }

  /**
   * RFC 6455 §7.4.1: 1005, 1006 and 1015 "MUST NOT be set as a status code in a Close control frame
   * by an endpoint": receiving one fails the connection.
   */
  @Test
  @Spec("RFC 6455 §7.4.1 (1005, 1006, 1015 are never sent); §7.1.7")
  void closeFrameWithAReservedCodeFailsTheConnection() throws Exception {
    for (int code : new int[] {1005, 1006, 1015}) {
      Probe p = connect("/hostile/close-invalid-code?code=" + code);
      try {
        assertFailsAfterOpen(p);
      } catch (AssertionError e) {
        throw new AssertionError("Close code " + code + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * RFC 6455 §7.1.5: the close code is "the status code contained in the first Close control frame
   * received". Codes no section forbids on the wire (unregistered 999, 1004, 2000, 5000) are
   * reported as they are — what Chromium 156 does, where the RFC leaves room.
   */
  @Test
  @Spec("RFC 6455 §7.1.5, §7.4.2; Chromium as the reference")
  void closeFrameWithAnUnregisteredCodeIsReportedAsItIs() throws Exception {
    for (int code : new int[] {999, 1004, 2000, 5000}) {
      Probe p = connect("/close?code=" + code + "&reason=r");
      Observed close = p.awaitCloseAndQuiet();
      assertEquals(List.of("open", "close"), p.types(), "Close code " + code + ": " + p.summary());
      assertEquals(code, close.event().code());
      assertEquals("r", close.event().reason());
      assertTrue(close.event().wasClean(), "wasClean");
    }
  }

  /** RFC 6455 §5.5.1: a Close reason that is not UTF-8 fails the connection. */
  @Test
  @Spec("RFC 6455 §5.5.1 (the reason is UTF-8); §8.1")
  void closeReasonThatIsNotUtf8FailsTheConnection() throws Exception {
    assertFailsAfterOpen(connect("/hostile/close-invalid-utf8-reason"));
  }

  /** RFC 6455 §5.5.2-3: a Ping is answered with a Pong carrying its payload. */
  @Test
  @Spec("RFC 6455 §5.5.2-3")
  void pingIsAnsweredWithAPong() throws Exception {
    List<TckEvent> messages = connect("/hostile/ping").awaitMessages(1);
    assertEquals("pong:hello", messages.get(0).text(), "the server reports the Pong it received");
  }

  /** RFC 6455 §5.4: control frames between fragments are allowed; fragments make one message. */
  @Test
  @Spec("RFC 6455 §5.4 (control frames MAY be injected in the middle of a fragmented message)")
  void controlFramesBetweenFragmentsAreAllowed() throws Exception {
    Probe p = connect("/hostile/valid-fragmented");
    assertEquals("Hello, world", p.awaitMessages(1).get(0).text());
    assertEquals(List.of("open", "message"), p.types());
  }

  /** RFC 6455 §5.4: a message in many fragments arrives as one, in order. */
  @Test
  @Spec("RFC 6455 §5.4 and §6.2")
  void fragmentedMessagesAreReassembled() throws Exception {
    Probe p = connect("/send?size=100000&count=3&type=text&fragment=7000");
    List<TckEvent> messages = p.awaitMessages(3);
    for (TckEvent m : messages) {
      String text = m.text();
      assertEquals(100000, text == null ? -1 : text.length(), "length of " + m);
      assertEquals('a', text.charAt(0));
      assertEquals((char) ('a' + 99999 % 26), text.charAt(99999));
    }
  }

  /** RFC 6455 §6.2: many messages in one TCP segment each become a message event, in order. */
  @Test
  @Spec("RFC 6455 §6.2; WebSockets #feedback-from-the-protocol (one task per message)")
  void manyMessagesInOneTcpWriteAreAllDelivered() throws Exception {
    Probe p = probe().on("open", (s, e) -> s.binaryType("arraybuffer"));
    List<TckEvent> messages = connect(p, "/burst?count=1000&size=4").awaitMessages(1000);
    assertEquals(1000, messages.size());
    for (TckEvent m : messages) {
      assertEquals(4, m.bytes() == null ? -1 : m.bytes().length, "message " + m);
    }
  }
}
