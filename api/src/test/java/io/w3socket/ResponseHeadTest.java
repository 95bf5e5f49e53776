package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Reading a handshake response's head as it arrives ({@link ResponseHead}, RFC 9112 §2–§5). */
class ResponseHeadTest {
  private static final String HEAD =
      "HTTP/1.1 101 Switching Protocols\r\n"
          + "Upgrade: websocket\r\n"
          + "Connection: Upgrade\r\n"
          + "Sec-WebSocket-Protocol: chat\r\n"
          + "X-Empty:\r\n"
          + "\r\n";

  /** Frames the server sent right behind the head: a text frame "hi". */
  private static final byte[] AFTER = {(byte) 0x81, 2, 'h', 'i'};

  @Test
  void aHeadSplitAnywhereReadsTheSameAndLeavesWhatFollows() throws Exception {
    assertEverySplitReadsTheHead("");
  }

  @Test
  void interimResponsesBeforeThe101AreSkippedHoweverTheyArrive() throws Exception {
    // Fetch #http-network-fetch: a response whose status is 100 to 199, other than 101, is
    // ignored, and the next one read.
    assertEverySplitReadsTheHead(
        "HTTP/1.1 100 Continue\r\n\r\n"
            + "HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n"
            + "HTTP/1.1 199 Whatever\nX-Interim: yes\n\n");
  }

  @Test
  void anInterimResponseAloneIsNoHeadAndAFinalOneAfterItIsRead() throws Exception {
    ResponseHead.Scanner scanner = new ResponseHead.Scanner();
    Buffer in = new Buffer().writeUtf8("HTTP/1.1 100 Continue\r\n\r\n");
    assertNull(scanner.take(in));
    assertEquals(0, in.size(), "the interim response is taken");
    in.writeUtf8("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    ResponseHead head = scanner.take(in);
    assertEquals(200, head.code);
    assertEquals("0", head.headers.get("Content-Length"));
  }

  /**
   * Reads {@code interim} then {@link #HEAD} then {@link #AFTER} in every split (a first packet of
   * 1 to 120 bytes more than {@code interim}, then packets of 1 to 7): each time the 101 and its
   * fields are read, and the frames behind it are left.
   */
  private static void assertEverySplitReadsTheHead(String interim) throws Exception {
    byte[] bytes =
        (interim + HEAD + new String(AFTER, StandardCharsets.ISO_8859_1))
            .getBytes(StandardCharsets.ISO_8859_1);
    for (int first = 1; first <= interim.length() + 120; first++) {
      for (int step = 1; step <= 7; step++) {
        ResponseHead.Scanner scanner = new ResponseHead.Scanner();
        Buffer in = new Buffer();
        ResponseHead head = null;
        int at = 0;
        for (int n = first; head == null && at < bytes.length; n = step) {
          int end = Math.min(bytes.length, at + n);
          in.write(bytes, at, end - at);
          at = end;
          head = scanner.take(in);
        }
        String split = "first " + first + ", then " + step;
        assertEquals(101, head.code, split);
        assertEquals("websocket", head.headers.get("upgrade"), split);
        assertEquals("chat", head.headers.get("Sec-WebSocket-Protocol"), split);
        assertEquals("", head.headers.get("X-Empty"), split);
        assertNull(head.headers.get("Link"), split);
        assertNull(head.headers.get("X-Interim"), split);
        in.write(bytes, at, bytes.length - at);
        assertEquals("81026869", in.readByteString().hex(), split);
      }
    }
  }

  @Test
  void anIncompleteHeadIsNotRead() throws Exception {
    String part = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n";
    Buffer in = new Buffer().writeUtf8(part);
    assertNull(new ResponseHead.Scanner().take(in));
    assertEquals(part.length(), in.size()); // nothing taken
  }

  @Test
  void obsFoldContinuesTheValueAndOtherLinesAreSkipped() throws Exception {
    ResponseHead head =
        new ResponseHead.Scanner()
            .take(
                new Buffer()
                    .writeUtf8(
                        "HTTP/1.1 101\nX-Folded: a\n \t b \nno colon here\n: no name\n"
                            + "Bad Name: x\nX-Last:  z \n\n"));
    assertEquals(101, head.code);
    assertEquals(List.of("X-Folded", "X-Last"), List.copyOf(head.headers.names()));
    assertEquals("a b", head.headers.get("X-Folded"));
    assertEquals("z", head.headers.get("X-Last"));
  }

  @Test
  void aStatusLineThatIsNotHttp1IsRefused() {
    for (String line :
        List.of("HTTP/2 101 Switching", "HTTP/1.1 1O1 x", "HTTP/1.1  101 x", "ICY 200 OK", "")) {
      ResponseHead.HandshakeError e =
          assertThrows(
              ResponseHead.HandshakeError.class,
              () ->
                  new ResponseHead.Scanner()
                      .take(new Buffer().writeUtf8(line + "\r\nA: b\r\n\r\n")),
              line);
      assertEquals("Error during WebSocket handshake: Invalid status line", e.getMessage());
    }
  }

  @Test
  void aHeadOver256KiBIsRefusedWithoutWaitingForItsEnd() {
    Buffer in = new Buffer().writeUtf8("HTTP/1.1 101 Switching Protocols\r\n");
    while (in.size() < ResponseHead.MAX_SIZE) {
      in.writeUtf8("X-Filler: " + "x".repeat(1000) + "\r\n");
    }
    ResponseHead.HandshakeError e =
        assertThrows(ResponseHead.HandshakeError.class, () -> new ResponseHead.Scanner().take(in));
    assertEquals(
        "Error during WebSocket handshake: the response's header is over 262144 bytes",
        e.getMessage());
  }
}
