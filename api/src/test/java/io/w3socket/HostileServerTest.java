package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/**
 * Bounded memory and time against servers that lie or stall: announced sizes (RFC 6455 §5.2, §7.4.1
 * 1009), compression bombs (RFC 7692 §7.2.2), handshakes that never end or say nothing
 * (WebSocketOptions.connectTimeout). Every case fails the connection: {@code error}, then {@code
 * close} 1006 with wasClean false (WebSockets #closeWebSocket).
 */
class HostileServerTest {
  private static final int MIB = 1024 * 1024;

  @Test
  void aFrameAnnouncing2pow63MinusOneBytesFailsAtOnceWith1009() throws Exception {
    // The header alone: the client must not wait for (or make room for) the payload.
    byte[] header = {(byte) 0x82, 0x7F, 0x7F, -1, -1, -1, -1, -1, -1, -1};
    assertEquals(1009, closeCodeAfter(header, "", WebSocketOptions.defaults()));
  }

  @Test
  void aFrameWhoseLengthHasTheTopBitSetIsAProtocolError() throws Exception {
    // §5.2: "the most significant bit MUST be 0" (2^63 bytes); Chromium also answers 1002.
    byte[] header = {(byte) 0x82, 0x7F, (byte) 0x80, 0, 0, 0, 0, 0, 0, 0};
    assertEquals(1002, closeCodeAfter(header, "", WebSocketOptions.defaults()));
  }

  @Test
  void fragmentsAddingUpPastMaxMessageSizeFailWith1009() throws Exception {
    WebSocketOptions options = WebSocketOptions.builder().maxMessageSize(1000).build();
    ByteArrayOutputStream frames = new ByteArrayOutputStream();
    frames.write(new byte[] {0x02, 126, 0x01, (byte) 0xF4}); // binary, no FIN, 500 bytes
    frames.write(new byte[500]);
    frames.write(new byte[] {0x00, 126, 0x01, (byte) 0xF5}); // continuation, 501 bytes
    assertEquals(1009, closeCodeAfter(frames.toByteArray(), "", options));
  }

  @Test
  void aMessageOfExactlyMaxMessageSizeIsDelivered() throws Exception {
    WebSocketOptions options = WebSocketOptions.builder().maxMessageSize(1000).build();
    try (RawPeer peer =
        new RawPeer(
            (s, request) -> {
              ByteArrayOutputStream f = new ByteArrayOutputStream();
              f.write(new byte[] {(byte) 0x82, 126, 0x03, (byte) 0xE8}); // 1000 bytes
              f.write(new byte[1000]);
              RawPeer.write(s, RawPeer.switching(request, ""), f.toByteArray());
              assertEquals(-1, RawPeer.readCloseCode(s.getInputStream()));
              RawPeer.write(s, new byte[] {(byte) 0x88, 0});
            })) {
      WebSocket ws = new WebSocket(peer.url(), options);
      Recorder r = Recorder.of(ws);
      r.awaitMessages(1);
      assertEquals(1000, ((Blob) r.messages().get(0)).getSize());
      ws.close();
      assertEquals(1005, r.awaitClose().getCode());
      peer.done.get(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void aCompressionBombFailsWith1009AtTheDefaultLimit() throws Exception {
    // 256 MiB of zeros deflate to about 256 KiB; the default limit is 64 MiB.
    byte[] bomb = deflatedZeros(256L * MIB);
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.write(new byte[] {(byte) 0xC2, 127}); // FIN, RSV1 (compressed), binary; 64-bit length
    frame.write(ByteBuffer.allocate(8).putLong(bomb.length).array());
    frame.write(bomb);
    assertEquals(
        1009,
        closeCodeAfter(
            frame.toByteArray(),
            "Sec-WebSocket-Extensions: permessage-deflate\r\n",
            WebSocketOptions.defaults()));
  }

  @Test
  void handshakeHeadersThatNeverEndFailWithinTheConnectTimeout() throws Exception {
    Duration timeout = Duration.ofSeconds(1);
    try (RawPeer peer =
        new RawPeer(
            (s, request) -> {
              RawPeer.write(
                  s, "HTTP/1.1 101 Switching Protocols\r\n".getBytes(StandardCharsets.UTF_8));
              try {
                for (int i = 0; ; i++) { // until the client gives up and the write fails
                  RawPeer.write(s, ("X-Filler-" + i + ": x\r\n").getBytes(StandardCharsets.UTF_8));
                  TimeUnit.MILLISECONDS.sleep(5); // the server's pace: a header line every 5 ms
                }
              } catch (IOException expected) {
                // the client dropped the connection
              }
            })) {
      assertFailsWithin(peer, timeout);
    }
  }

  @Test
  void megabytesOfHandshakeHeadersFailWithinTheConnectTimeout() throws Exception {
    Duration timeout = Duration.ofSeconds(10);
    try (RawPeer peer =
        new RawPeer(
            (s, request) -> {
              StringBuilder headers = new StringBuilder();
              for (int i = 0; headers.length() < 4 * MIB; i++) {
                headers.append("X-Filler-").append(i).append(": ").append("x".repeat(1000));
                headers.append("\r\n");
              }
              try {
                RawPeer.write(s, RawPeer.switching(request, headers.toString()));
              } catch (IOException expected) {
                // the client stopped reading and dropped the connection
              }
            })) {
      assertFailsWithin(peer, timeout);
    }
  }

  @Test
  void aServerThatAcceptsAndSaysNothingFailsWithinTheConnectTimeout() throws Exception {
    Duration timeout = Duration.ofSeconds(1);
    try (RawPeer peer =
        new RawPeer(
            (s, request) -> {
              // Reads the request, answers nothing; returns when the client drops TCP.
              assertEquals(-1, s.getInputStream().read());
            })) {
      assertFailsWithin(peer, timeout);
    }
  }

  /** The connection fails, and the close event comes, within the connect timeout (plus slack). */
  private static void assertFailsWithin(RawPeer peer, Duration timeout) {
    WebSocket ws =
        new WebSocket(peer.url(), WebSocketOptions.builder().connectTimeout(timeout).build());
    Recorder r = Recorder.of(ws);
    await().atMost(timeout.plusSeconds(3)).until(() -> r.types().contains("close"));
    assertEquals(List.of("error", "close"), r.types());
    CloseEvent close = r.awaitClose();
    assertEquals(1006, close.getCode());
    assertFalse(close.isWasClean());
  }

  /**
   * A server that answers the handshake with {@code extraHeaders}, writes {@code bytes}, and
   * reports the code of the Close frame the client answers with; the page must see open, error,
   * close 1006.
   */
  private static int closeCodeAfter(byte[] bytes, String extraHeaders, WebSocketOptions options)
      throws Exception {
    int[] code = {0};
    try (RawPeer peer =
        new RawPeer(
            (s, request) -> {
              RawPeer.write(s, RawPeer.switching(request, extraHeaders), bytes);
              code[0] = RawPeer.readCloseCode(s.getInputStream());
            })) {
      WebSocket ws = new WebSocket(peer.url(), options);
      Recorder r = Recorder.of(ws);
      peer.done.get(10, TimeUnit.SECONDS);
      CloseEvent close = r.awaitClose();
      assertEquals(List.of("open", "error", "close"), r.types());
      assertEquals(1006, close.getCode());
      assertFalse(close.isWasClean());
      assertTrue(r.messages().isEmpty());
    }
    return code[0];
  }

  /** Raw DEFLATE of {@code n} zero bytes, sync-flushed, without the 00 00 FF FF tail (§7.2.1). */
  private static byte[] deflatedZeros(long n) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    byte[] zeros = new byte[MIB];
    byte[] buf = new byte[64 * 1024];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (long left = n; left > 0; left -= zeros.length) {
      d.setInput(zeros, 0, (int) Math.min(zeros.length, left));
      while (!d.needsInput()) {
        out.write(buf, 0, d.deflate(buf));
      }
    }
    int got;
    while ((got = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH)) > 0) {
      out.write(buf, 0, got);
      if (got < buf.length) {
        break;
      }
    }
    d.end();
    byte[] all = out.toByteArray();
    return java.util.Arrays.copyOf(all, all.length - 4);
  }
}
