package io.w3socket.testserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HandshakeTest {
  static final TestServer server = LoopbackServer.SERVER;

  private RawClient client() throws Exception {
    return new RawClient(server.port());
  }

  @Test
  void urlsAndAccessors() {
    assertEquals("127.0.0.1", server.host());
    assertTrue(server.port() > 0);
    assertEquals("ws://127.0.0.1:" + server.port() + "/echo?x=1", server.url("/echo?x=1"));
    assertEquals("http://127.0.0.1:" + server.port() + "/", server.httpUrl("/"));
  }

  @Test
  void validHandshakeHasExactHeaders() throws Exception {
    try (RawClient c = client()) {
      RawClient.Head h = c.open("/echo-nocompress", "Sec-WebSocket-Extensions: permessage-deflate");
      assertEquals("HTTP/1.1 101 Switching Protocols", h.statusLine);
      // RFC 6455 §1.3 example key and accept value.
      assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", h.header("Sec-WebSocket-Accept"));
      assertEquals("websocket", h.header("Upgrade"));
      assertEquals("Upgrade", h.header("Connection"));
      assertNull(h.header("Sec-WebSocket-Extensions"));
      assertNull(h.header("Sec-WebSocket-Protocol"));
    }
  }

  @Test
  void protocolSelectModes() throws Exception {
    String offer = "Sec-WebSocket-Protocol: chat, superchat";
    try (RawClient c = client()) {
      assertEquals(
          "chat", c.open("/protocol?select=first", offer).header("Sec-WebSocket-Protocol"));
    }
    try (RawClient c = client()) {
      assertEquals(
          "chat, superchat",
          c.open("/protocol?select=all", offer).header("Sec-WebSocket-Protocol"));
    }
    try (RawClient c = client()) {
      assertNull(c.open("/protocol?select=none", offer).header("Sec-WebSocket-Protocol"));
    }
    try (RawClient c = client()) {
      assertEquals(
          "never-offered",
          c.open("/protocol?select=other", offer).header("Sec-WebSocket-Protocol"));
    }
    try (RawClient c = client()) {
      assertEquals(
          "zzz",
          c.open("/protocol?select=other&value=zzz", offer).header("Sec-WebSocket-Protocol"));
    }
    // And it echoes afterwards, with the JDK client seeing the selected protocol.
    JdkClient j = JdkClient.connect(server.url("/protocol?select=first"), "one", "two");
    assertEquals("one", j.ws.getSubprotocol());
    j.ws.sendText("after protocol", true).join();
    org.awaitility.Awaitility.await().until(() -> j.messages.contains("after protocol"));
    j.ws.abort();
  }

  @Test
  void protocolAllJoinsEveryOffer() throws Exception {
    try (RawClient c = client()) {
      RawClient.Head h =
          c.open(
              "/protocol?select=all", "Sec-WebSocket-Protocol: a, b", "Sec-WebSocket-Protocol: c");
      assertEquals("a, b, c", h.header("Sec-WebSocket-Protocol"));
    }
  }

  @Test
  void extensionAnsweredVerbatim() throws Exception {
    try (RawClient c = client()) {
      assertEquals("x-never-offered", c.open("/extension").header("Sec-WebSocket-Extensions"));
    }
    try (RawClient c = client()) {
      assertEquals(
          "foo; bar=1", c.open("/extension?value=foo;%20bar=1").header("Sec-WebSocket-Extensions"));
    }
  }

  @Test
  void unknownPathIs404() throws Exception {
    try (RawClient c = client()) {
      c.sendHandshake("/nope");
      assertEquals(404, c.readHead().status);
    }
    try (RawClient c = client()) {
      c.sendHandshake("/hostile/nope");
      assertEquals(404, c.readHead().status);
    }
  }

  @Test
  void statusCodes() throws Exception {
    try (RawClient c = client()) {
      c.sendHandshake("/handshake/status?code=302");
      RawClient.Head h = c.readHead();
      assertEquals(302, h.status);
      assertEquals("/echo", h.header("Location"));
    }
    try (RawClient c = client()) {
      c.sendHandshake("/handshake/status?code=401");
      RawClient.Head h = c.readHead();
      assertEquals(401, h.status);
      assertEquals("Basic realm=\"w3socket\"", h.header("WWW-Authenticate"));
    }
    try (RawClient c = client()) {
      c.sendHandshake("/handshake/status?code=503");
      RawClient.Head h = c.readHead();
      assertEquals(503, h.status);
      byte[] body = c.readToEof();
      assertEquals(Integer.parseInt(h.header("Content-Length")), body.length);
    }
  }

  @Test
  void notHttp() throws Exception {
    try (RawClient c = client()) {
      c.sendHandshake("/handshake/not-http");
      assertArrayEquals(
          "this is not http\r\n\r\n".getBytes(StandardCharsets.US_ASCII), c.readToEof());
    }
  }

  @Test
  void badAcceptNoUpgradeNoConnection() throws Exception {
    try (RawClient c = client()) {
      c.sendHandshake("/handshake/bad-accept");
      RawClient.Head h = c.readHead();
      assertEquals(101, h.status);
      assertNotEquals(RawClient.expectedAccept(), h.header("Sec-WebSocket-Accept"));
      assertEquals("websocket", h.header("Upgrade"));
    }
    try (RawClient c = client()) {
      c.sendHandshake("/handshake/no-upgrade");
      RawClient.Head h = c.readHead();
      assertEquals(101, h.status);
      assertNull(h.header("Upgrade"));
      assertEquals("Upgrade", h.header("Connection"));
      assertEquals(RawClient.expectedAccept(), h.header("Sec-WebSocket-Accept"));
    }
    try (RawClient c = client()) {
      c.sendHandshake("/handshake/no-connection");
      RawClient.Head h = c.readHead();
      assertEquals(101, h.status);
      assertNull(h.header("Connection"));
      assertEquals("websocket", h.header("Upgrade"));
    }
  }

  @Test
  void delayedHandshake() throws Exception {
    try (RawClient c = client()) {
      long t0 = System.nanoTime();
      c.open("/handshake/delay?ms=300");
      assertTrue((System.nanoTime() - t0) / 1_000_000 >= 290, "101 came too early");
      c.sendText("late");
      assertEquals("late", c.readFrame().text());
    }
  }

  @Test
  void hangNeverAnswers() throws Exception {
    try (RawClient c = client()) {
      c.sendHandshake("/handshake/hang");
      assertTrue(c.silentFor(300));
    }
  }

  @Test
  void invalidHandshakes() throws Exception {
    try (RawClient c = client()) {
      c.out.write("GET /echo HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertEquals(400, c.readHead().status);
    }
    try (RawClient c = client()) {
      c.out.write(
          ("GET /echo HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  + "Sec-WebSocket-Key: "
                  + RawClient.KEY
                  + "\r\nSec-WebSocket-Version: 8\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      RawClient.Head h = c.readHead();
      assertEquals(426, h.status);
      assertEquals("13", h.header("Sec-WebSocket-Version"));
    }
    try (RawClient c = client()) {
      c.out.write(
          ("GET /echo HTTP/1.1\r\n"
                  + "Host: x\r\n"
                  + "Upgrade: websocket\r\n"
                  + "Connection: keep-alive, Upgrade\r\n"
                  + "Sec-WebSocket-Key: short\r\n"
                  + "Sec-WebSocket-Version: 13\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      assertEquals(400, c.readHead().status);
    }
    try (RawClient c = client()) {
      c.sendHandshake("/send?size=abc");
      assertEquals(400, c.readHead().status);
    }
  }

  @Test
  void dropDuringHandshake() throws Exception {
    try (RawClient c = client()) {
      c.sendHandshake("/drop?when=handshake");
      assertEquals(0, c.readToEof().length);
    }
    try (RawClient c = client()) {
      c.sendHandshake("/drop?when=handshake");
      assertThrows(EOFException.class, c::readHead);
    }
  }

  @Test
  void rootListsEndpointsOverHttp() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.httpUrl("/"))).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("/echo"), r.body());
    assertTrue(r.body().contains("/hostile/<case>"), r.body());
  }
}
