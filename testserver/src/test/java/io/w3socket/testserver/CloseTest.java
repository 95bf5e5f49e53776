package io.w3socket.testserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CloseTest {
  static final TestServer server = LoopbackServer.SERVER;

  private RawClient open(String target) throws Exception {
    RawClient c = new RawClient(server.port());
    c.open(target);
    return c;
  }

  @Test
  void closeEchoesCodeAndReason() throws Exception {
    try (RawClient c = open("/echo")) {
      c.sendClose(4321, "réason");
      RawClient.Frame f = c.readFrame();
      assertEquals(0x88, f.b0);
      assertArrayEquals(Frames.closeBody(4321, "réason"), f.payload);
      assertEquals(0, c.readToEof().length, "TCP closed right after the Close");
    }
  }

  @Test
  void emptyCloseGetsEmptyClose() throws Exception {
    try (RawClient c = open("/echo")) {
      c.sendFrame(0x88, new byte[0]);
      RawClient.Frame f = c.readFrame();
      assertEquals(0x88, f.b0);
      assertEquals(0, f.payload.length, "RFC 6455 §5.5.1: empty body answered with empty body");
      assertEquals(0, c.readToEof().length);
    }
  }

  @Test
  void closeAnsweredWhileMessagesAreFlowing() throws Exception {
    try (RawClient c = open("/echo")) {
      for (int i = 0; i < 200; i++) {
        c.sendText("message " + i);
      }
      c.sendClose(1000, "done");
      for (int i = 0; i < 200; i++) {
        assertEquals("message " + i, c.readFrame().text());
      }
      RawClient.Frame f = c.readFrame();
      assertEquals(0x88, f.b0);
      assertArrayEquals(Frames.closeBody(1000, "done"), f.payload);
    }
  }

  @Test
  void delayCloseMs() throws Exception {
    try (RawClient c = open("/echo?delayCloseMs=300")) {
      long t0 = System.nanoTime();
      c.sendClose(1000, "");
      assertEquals(0x88, c.readFrame().b0);
      assertTrue((System.nanoTime() - t0) / 1_000_000 >= 290);
    }
  }

  @Test
  void goodbyeIsEchoedThenClose1000WithoutReason() throws Exception {
    try (RawClient c = open("/echo")) {
      c.sendText("Goodbye");
      assertEquals("Goodbye", c.readFrame().text());
      RawClient.Frame f = c.readFrame();
      assertEquals(0x88, f.b0);
      assertArrayEquals(new byte[] {0x03, (byte) 0xE8}, f.payload);
      // The server waits for our Close, then closes TCP.
      assertTrue(c.silentFor(100));
      c.sendClose(1000, "");
      assertEquals(0, c.readToEof().length);
    }
  }

  @Test
  void serverInitiatedClose() throws Exception {
    JdkClient j = JdkClient.connect(server.url("/close?code=4001&reason=server%20says%20bye"));
    assertEquals(4001, j.closed.get(5, TimeUnit.SECONDS)[0]);
    assertEquals("server says bye", j.closeReason);

    try (RawClient c = open("/close/empty")) {
      RawClient.Frame f = c.readFrame();
      assertEquals(0x88, f.b0);
      assertEquals(0, f.payload.length);
      c.sendFrame(0x88, new byte[0]);
      assertEquals(0, c.readToEof().length);
    }
    try (RawClient c = open("/close")) {
      assertEquals(0, c.readFrame().payload.length, "no code: empty Close");
    }
    try (RawClient c = open("/close?code=1000&delayMs=200")) {
      c.sendText("before close");
      assertEquals("before close", c.readFrame().text());
      RawClient.Frame f = c.readFrame();
      assertArrayEquals(new byte[] {0x03, (byte) 0xE8}, f.payload);
    }
  }

  @Test
  void noReplyDropsWithoutClose() throws Exception {
    try (RawClient c = open("/close/no-reply?dropAfterMs=200")) {
      c.sendText("x");
      assertEquals("x", c.readFrame().text());
      long t0 = System.nanoTime();
      c.sendClose(1000, "");
      assertEquals(0, c.readToEof().length, "no Close frame, just EOF");
      assertTrue((System.nanoTime() - t0) / 1_000_000 >= 190);
    }
  }

  @Test
  void drops() throws Exception {
    try (RawClient c = open("/drop?when=open")) {
      assertEquals(0, c.readToEof().length);
    }
    try (RawClient c = open("/drop?when=mid-message")) {
      byte[] rest = c.readToEof();
      assertEquals(14, rest.length);
      assertEquals((byte) 0x82, rest[0]);
      assertEquals(126, rest[1]);
      assertEquals(1000, ((rest[2] & 0xFF) << 8) | (rest[3] & 0xFF));
    }
    try (RawClient c = open("/drop?when=after-message")) {
      c.sendText("only one");
      assertEquals("only one", c.readFrame().text());
      assertEquals(0, c.readToEof().length);
    }
  }

  @Test
  void invalidClientCloseCodeIsAProtocolError() throws Exception {
    try (RawClient c = open("/echo")) {
      c.sendFrame(0x88, Frames.closeBody(1005, ""));
      RawClient.Frame f = c.readFrame();
      assertEquals(0x88, f.b0);
      assertEquals(1002, ((f.payload[0] & 0xFF) << 8) | (f.payload[1] & 0xFF));
    }
    try (RawClient c = open("/echo")) {
      // RFC 6455 §5.1: a client frame without mask is a protocol error.
      c.out.write(Frames.frame(0x81, "unmasked".getBytes(StandardCharsets.US_ASCII)));
      RawClient.Frame f = c.readFrame();
      assertEquals(1002, ((f.payload[0] & 0xFF) << 8) | (f.payload[1] & 0xFF));
    }
  }
}
