package io.w3socket;

import static io.w3socket.Dom.assertDomException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** WebSockets #dom-websocket-send: {@code send(data)}. */
class SendTest {
  static final TestServer server = LoopbackServer.SERVER;

  @Test
  void sendWhileConnectingThrowsInvalidStateError() {
    Recorder.whileConnecting(
        server.url("/echo"),
        ws -> {
          DOMException e = assertDomException("InvalidStateError", () -> ws.send("x"));
          assertEquals(11, e.getCode());
          assertDomException("InvalidStateError", () -> ws.send(new byte[1]));
          assertDomException("InvalidStateError", () -> ws.send(ByteBuffer.allocate(1)));
          assertDomException("InvalidStateError", () -> ws.send(new Blob(new byte[1])));
          assertEquals(0, ws.getBufferedAmount());
        });
  }

  @Test
  void textIsSentAsUtf8WithLoneSurrogatesReplaced() {
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            ws -> {
              ws.setBinaryType("arraybuffer");
              ws.setOnopen(
                  e -> {
                    ws.send("h\u00e9llo \uD83D\uDE00");
                    ws.send("a\uD800b\uDC00c");
                  });
            });
    WebSocket ws = r.ws;
    r.awaitMessages(2);
    assertEquals("h\u00e9llo \uD83D\uDE00", r.messages().get(0));
    assertEquals("a\uFFFDb\uFFFDc", r.messages().get(1));
    ws.close();
  }

  @Test
  void byteArraysAreCopiedAtSendTime() {
    byte[] data = {1, 2, 3};
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            ws -> {
              ws.setBinaryType("arraybuffer");
              ws.setOnopen(
                  e -> {
                    ws.send(data);
                    data[0] = 9;
                  });
            });
    WebSocket ws = r.ws;
    r.awaitMessages(1);
    assertEquals(ByteBuffer.wrap(new byte[] {1, 2, 3}), r.messages().get(0));
    ws.close();
  }

  @Test
  void byteBuffersSendTheirRemainingBytesAndKeepTheirPosition() {
    ByteBuffer view = ByteBuffer.wrap(new byte[] {0, 1, 2, 3, 4, 5});
    view.position(2).limit(5);
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            ws -> {
              ws.setBinaryType("arraybuffer");
              ws.setOnopen(e -> ws.send(view));
            });
    WebSocket ws = r.ws;
    r.awaitMessages(1);
    assertEquals(ByteBuffer.wrap(new byte[] {2, 3, 4}), r.messages().get(0));
    assertEquals(2, view.position());
    ws.close();
  }

  @Test
  void blobsAndSlicesAreSentAsBinary() {
    Blob blob = new Blob(new byte[] {10, 11, 12, 13}, "application/octet-stream");
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            ws -> {
              ws.setBinaryType("arraybuffer");
              ws.setOnopen(
                  e -> {
                    ws.send(blob);
                    ws.send(blob.slice(1, -1));
                  });
            });
    WebSocket ws = r.ws;
    r.awaitMessages(2);
    assertEquals(ByteBuffer.wrap(new byte[] {10, 11, 12, 13}), r.messages().get(0));
    assertEquals(ByteBuffer.wrap(new byte[] {11, 12}), r.messages().get(1));
    ws.close();
  }

  @Test
  void twoMebibyteBinaryAndEmptyMessagesRoundTrip() {
    byte[] big = new byte[2 * 1024 * 1024];
    new Random(1).nextBytes(big);
    for (String path : new String[] {"/echo", "/echo-nocompress"}) {
      Recorder r =
          Recorder.connect(
              server.url(path),
              ws -> {
                ws.setBinaryType("arraybuffer");
                ws.setOnopen(
                    e -> {
                      ws.send(big);
                      ws.send(new byte[0]);
                      ws.send("");
                    });
              });
      WebSocket ws = r.ws;
      r.awaitMessages(3);
      ByteBuffer got = (ByteBuffer) r.messages().get(0);
      byte[] bytes = new byte[got.remaining()];
      got.get(bytes);
      assertArrayEquals(big, bytes, path);
      assertEquals(0, ((ByteBuffer) r.messages().get(1)).remaining());
      assertEquals("", r.messages().get(2));
      ws.close();
    }
  }

  @Test
  void compressibleTextRoundTripsThroughPermessageDeflate() {
    String text = "w3socket ".repeat(50_000);
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            ws -> {
              ws.setBinaryType("arraybuffer");
              ws.setOnopen(
                  e -> {
                    ws.send(text);
                    ws.send(text.substring(7));
                  });
            });
    WebSocket ws = r.ws;
    r.awaitMessages(2);
    assertTrue(ws.getExtensions().contains("permessage-deflate"));
    assertEquals(text, r.messages().get(0));
    assertEquals(text.substring(7), r.messages().get(1));
    ws.close();
  }

  @Test
  void sendAfterCloseDoesNotThrowAndStillCountsBytes() {
    long[] after = new long[2];
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            ws -> {
              ws.setBinaryType("arraybuffer");
              ws.setOnopen(
                  e -> {
                    ws.close();
                    ws.send("abc");
                    ws.send(new byte[5]);
                    after[0] = ws.getBufferedAmount();
                  });
            });
    WebSocket ws = r.ws;
    r.awaitClose();
    assertEquals(8, after[0]);
    ws.send("more");
    assertEquals(12, ws.getBufferedAmount());
  }
}
