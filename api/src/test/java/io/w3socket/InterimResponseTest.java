package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Interim responses before the server's answer to the opening handshake. WebSockets
 * #concept-websocket-establish fetches the request, and Fetch #http-network-fetch ignores a
 * response whose status is 100 to 199 other than 101 and reads the next one: a 100 Continue or a
 * 103 Early Hints before the 101 neither opens nor fails the connection. Both handshake paths (the
 * api suite runs a second time with every handshake on OkHttp). Headless Chromium 156 fails such a
 * connection instead (error, close 1006; measured with a raw server sending 100 or 103 before the
 * 101): the standard is explicit here, and w3socket follows it, as OkHttp does.
 */
class InterimResponseTest {
  /** The server's Close frame answering the client's: FIN, opcode 8, unmasked, code 1000. */
  private static final byte[] CLOSE_1000 = {(byte) 0x88, 2, 0x03, (byte) 0xE8};

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void a100ContinueThenThe101Opens() throws Exception {
    try (RawPeer peer =
        new RawPeer(
            (s, request) -> {
              RawPeer.write(s, ascii("HTTP/1.1 100 Continue\r\n\r\n"));
              RawPeer.write(s, RawPeer.switching(request, ""));
              assertEquals(1000, RawPeer.readCloseCode(s.getInputStream()));
              RawPeer.write(s, CLOSE_1000);
            })) {
      Recorder r = Recorder.of(new WebSocket(peer.url())).awaitOpen();
      r.ws.close(1000, "");
      CloseEvent close = r.awaitClose();
      assertEquals(1000, close.getCode());
      assertTrue(close.isWasClean());
      peer.done.get(10, TimeUnit.SECONDS);
      assertEquals(List.of("open", "close"), r.types());
    }
  }

  @Test
  void interimResponsesWithFieldsThenThe101AndAFrameInOnePacketOpenAndDeliver() throws Exception {
    try (RawPeer peer =
        new RawPeer(
            (s, request) -> {
              // Two interim heads, the 101 (whose fields alone count: no protocol was asked for,
              // so an interim Sec-WebSocket-Protocol must not fail it) and a text frame "hi".
              RawPeer.write(
                  s,
                  ascii(
                      "HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n"
                          + "Sec-WebSocket-Protocol: chat\r\n\r\n"
                          + "HTTP/1.1 100 Continue\r\n\r\n"),
                  RawPeer.switching(request, ""),
                  new byte[] {(byte) 0x81, 2, 'h', 'i'});
              assertEquals(1000, RawPeer.readCloseCode(s.getInputStream()));
              RawPeer.write(s, CLOSE_1000);
            })) {
      Recorder r = Recorder.of(new WebSocket(peer.url()));
      assertEquals(List.of("hi"), r.awaitMessages(1).messages());
      assertEquals("", r.ws.getProtocol());
      r.ws.close(1000, "");
      assertTrue(r.awaitClose().isWasClean());
      peer.done.get(10, TimeUnit.SECONDS);
      assertEquals(List.of("open", "message", "close"), r.types());
    }
  }

  @Test
  void anInterimResponseThenA200FailsTheConnection() throws Exception {
    try (RawPeer peer =
        new RawPeer(
            (s, request) -> {
              RawPeer.write(
                  s,
                  ascii(
                      "HTTP/1.1 100 Continue\r\n\r\n"
                          + "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"));
              assertEquals(-1, s.getInputStream().read()); // the client drops TCP
            })) {
      Recorder r = Recorder.of(new WebSocket(peer.url()));
      assertEquals(1006, r.awaitClose().getCode());
      peer.done.get(10, TimeUnit.SECONDS);
      assertEquals(List.of("error", "close"), r.types());
    }
  }
}
