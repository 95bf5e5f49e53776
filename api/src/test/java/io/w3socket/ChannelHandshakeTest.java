package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.w3socket.testserver.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The opening handshake on the selector thread ({@link ChannelHandshake}): the same request bytes
 * as OkHttp's, a response head read however it arrives, and the cases where OkHttp runs it instead.
 * Every other api test runs both ways: the build runs the suite again with {@code
 * -Dio.w3socket.handshake=okhttp}; the tests here that are about the selector thread's handshake
 * only are skipped there.
 */
class ChannelHandshakeTest {
  static final TestServer server = LoopbackServer.SERVER;

  static {
    ConsoleLog.install(); // failures are logged as a browser prints them; the tests read the reason
  }

  @BeforeEach
  void onTheSelectorThread() {
    assumeFalse(
        "okhttp".equals(System.getProperty("io.w3socket.handshake")),
        "every handshake runs on OkHttp in this run");
  }

  @Test
  void theRequestIsTheOneOkHttpSends() throws Exception {
    WebSocketOptions.Builder options =
        WebSocketOptions.builder()
            .origin("http://example.test")
            .header("X-Custom", "a \"quoted\" value")
            .header("Cookie", "a=1")
            .header("Accept-Encoding", "identity");
    String onSelector = requestOf(options.build(), "/a/b?x=1&y=%20");
    // The same options with a client of the embedder's: that handshake runs on OkHttp.
    String onOkHttp = requestOf(options.client(new OkHttpClient()).build(), "/a/b?x=1&y=%20");
    assertTrue(onSelector.startsWith("GET /a/b?x=1&y=%20 HTTP/1.1\r\n"), onSelector);
    assertEquals(onOkHttp, onSelector);
  }

  /**
   * The request {@code options} make for {@code path}, its key and port replaced by KEY and PORT.
   */
  private static String requestOf(WebSocketOptions options, String path) throws Exception {
    CompletableFuture<String> request = new CompletableFuture<>();
    try (RawPeer peer = new RawPeer((s, r) -> request.complete(r))) {
      WebSocket ws = new WebSocket(peer.url() + path.substring(1), options, "chat", "superchat");
      Recorder r = Recorder.of(ws);
      String got = request.get(10, TimeUnit.SECONDS);
      r.awaitClose(); // the peer closed without answering
      return got.replaceAll("Sec-WebSocket-Key: \\S+", "Sec-WebSocket-Key: KEY")
          .replace(":" + peer.port(), ":PORT");
    }
  }

  @Test
  void theRequestTargetIsTheUrlsPathAndQueryAsTheUrlStandardSerializedThem() throws Exception {
    // WHATWG URL: '|' is in neither the path nor the special-query percent-encode set, and a '%'
    // not followed by two hex digits stays as it is. Chromium sends them so; OkHttp re-encodes
    // both, which is why the request target is written here from the parsed URL.
    CompletableFuture<String> request = new CompletableFuture<>();
    try (RawPeer peer = new RawPeer((s, r) -> request.complete(r))) {
      Recorder r = Recorder.of(new WebSocket(peer.url() + "a|b/%zz?c|d%"));
      assertTrue(
          request.get(10, TimeUnit.SECONDS).startsWith("GET /a|b/%zz?c|d% HTTP/1.1\r\n"),
          () -> request.join());
      r.awaitClose();
    }
  }

  @Test
  void aHeadArrivingByteByByteThenAFrameInItsLastPacketOpensThenDelivers() throws Exception {
    try (RawPeer peer =
        new RawPeer(
            (s, request) -> {
              byte[] head = RawPeer.switching(request, "");
              for (int i = 0; i < head.length - 1; i++) {
                RawPeer.write(s, new byte[] {head[i]});
              }
              // The head's last byte and a text frame "hi" (FIN, unmasked) in one write.
              RawPeer.write(s, new byte[] {head[head.length - 1], (byte) 0x81, 2, 'h', 'i'});
              assertEquals(1000, RawPeer.readCloseCode(s.getInputStream()));
            })) {
      Recorder r = Recorder.of(new WebSocket(peer.url()));
      assertEquals(List.of("hi"), r.awaitMessages(1).messages());
      r.ws.close(1000, "");
      peer.done.get(10, TimeUnit.SECONDS);
      assertEquals(List.of("open", "message"), r.types().subList(0, 2));
    }
  }

  @Test
  void bareLineFeedsAndAFoldedFieldLineAreRead() throws Exception {
    try (RawPeer peer =
        new RawPeer(
            (s, request) -> {
              // RFC 9112 §2.2: a recipient may take a bare LF for a line's end; §5.2: obs-fold is
              // read as a space. Both around the fields that matter.
              String head =
                  new String(
                          RawPeer.switching(request, "X-Folded: a\r\n  b\r\n"),
                          StandardCharsets.ISO_8859_1)
                      .replace("\r\n", "\n");
              RawPeer.write(s, head.getBytes(StandardCharsets.ISO_8859_1));
              assertEquals(1000, RawPeer.readCloseCode(s.getInputStream()));
            })) {
      Recorder r = Recorder.of(new WebSocket(peer.url()));
      await().atMost(Duration.ofSeconds(10)).until(() -> r.types().contains("open"));
      r.ws.close(1000, "");
      peer.done.get(10, TimeUnit.SECONDS);
      r.awaitClose();
      assertEquals(List.of("open", "close"), r.types());
    }
  }

  @Test
  void anInvalidStatusLineFailsTheConnection() throws Exception {
    try (RawPeer peer =
        new RawPeer(
            (s, request) -> {
              RawPeer.write(
                  s, "HTTP/1.1 1O1 Switching Protocols\r\n\r\n".getBytes(StandardCharsets.UTF_8));
              assertEquals(-1, s.getInputStream().read()); // the client drops TCP
            })) {
      Recorder r = Recorder.of(new WebSocket(peer.url()));
      CloseEvent close = r.awaitClose();
      assertEquals(List.of("error", "close"), r.types());
      assertEquals(1006, close.getCode());
      peer.done.get(10, TimeUnit.SECONDS);
      assertTrue(
          ConsoleLog.about(peer.url())
              .contains("Error during WebSocket handshake: Invalid status line"),
          () -> ConsoleLog.about(peer.url()));
    }
  }

  @Test
  void aNameIsResolvedThenConnected() {
    List<Object> sent = List.of("by name");
    Recorder r =
        Recorder.sending(
            "ws://localhost:" + server.port() + "/echo", WebSocketOptions.defaults(), sent);
    r.assertEchoes(sent);
    r.ws.close(1000, "");
    assertTrue(r.awaitClose().isWasClean());
  }

  @Test
  void aNameWithOneAddressIsConnectedHereAndOneWithSeveralByOkHttp() throws Exception {
    // "localhost" has one address or two (127.0.0.1, ::1), as the machine's hosts file says. With
    // several, OkHttp's fast fallback races them (RFC 8305), which the selector thread does not.
    boolean several = InetAddress.getAllByName("localhost").length > 1;
    CompletableFuture<String> request = new CompletableFuture<>();
    try (RawPeer peer = new RawPeer((s, r) -> request.complete(r))) {
      Recorder r = Recorder.of(new WebSocket("ws://localhost:" + peer.port() + "/a|b"));
      // The request target tells the paths apart: OkHttp re-encodes '|'.
      String line = several ? "GET /a%7Cb HTTP/1.1\r\n" : "GET /a|b HTTP/1.1\r\n";
      assertTrue(request.get(10, TimeUnit.SECONDS).startsWith(line), () -> request.join());
      r.awaitClose();
    }
  }

  @Test
  void aNameWithoutAddressesFailsTheConnectionNamingIt() {
    // RFC 6761 §6.4: "invalid" names never resolve. The resolver may take its own retries to say
    // so when its server is slow; the handshake's deadline is set past them.
    String url = "ws://no-such-host.invalid/";
    Recorder r =
        Recorder.of(
            new WebSocket(
                url, WebSocketOptions.builder().connectTimeout(Duration.ofSeconds(60)).build()));
    await().atMost(Duration.ofSeconds(45)).until(() -> r.types().contains("close"));
    assertEquals(List.of("error", "close"), r.types());
    assertEquals(1006, r.awaitClose().getCode());
    assertTrue(
        ConsoleLog.about(url).contains("failed: Unable to resolve host \"no-such-host.invalid\": "),
        () -> ConsoleLog.about(url));
  }

  @Test
  void closeWhileTheServerHasNotAnsweredFailsAndDropsTcp() throws Exception {
    CompletableFuture<String> request = new CompletableFuture<>();
    try (RawPeer peer =
        new RawPeer(
            (s, r) -> {
              request.complete(r);
              assertEquals(-1, s.getInputStream().read()); // the client drops TCP
            })) {
      Recorder r = Recorder.of(new WebSocket(peer.url()));
      request.get(10, TimeUnit.SECONDS);
      // #dom-websocket-close step 2: not yet established → fail the WebSocket connection.
      r.ws.close();
      CloseEvent close = r.awaitClose();
      assertEquals(List.of("error", "close"), r.types());
      assertEquals(1006, close.getCode());
      peer.done.get(10, TimeUnit.SECONDS);
      assertFalse(
          ConsoleLog.about(peer.url()).contains("failed"), () -> ConsoleLog.about(peer.url()));
    }
  }

  @Test
  void aProxyForTheUrlSendsTheHandshakeThroughOkHttp() throws Exception {
    CompletableFuture<String> request = new CompletableFuture<>();
    ProxySelector before = ProxySelector.getDefault();
    try (RawPeer proxy = new RawPeer((s, r) -> request.complete(r))) {
      String target = "ws://127.0.0.1:8/through-a-proxy";
      ProxySelector.setDefault(
          new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
              return uri.getPort() == 8
                  ? List.of(
                      new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", proxy.port())))
                  : List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
          });
      Recorder r = Recorder.of(new WebSocket(target));
      // RFC 9112 §3.2.2: to a proxy, the absolute form of the target.
      assertTrue(
          request
              .get(10, TimeUnit.SECONDS)
              .startsWith("GET http://127.0.0.1:8/through-a-proxy HTTP/1.1\r\n"),
          () -> request.join());
      r.awaitClose();
    } finally {
      ProxySelector.setDefault(before);
    }
  }
}
