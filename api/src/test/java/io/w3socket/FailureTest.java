package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.w3socket.testserver.TestServer;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 6455 §7.1.7 "Fail the WebSocket Connection": error, then close 1006, never open. */
class FailureTest {
  static final TestServer server = LoopbackServer.SERVER;

  static void assertFailsBeforeOpen(WebSocket ws) {
    Recorder r = Recorder.of(ws);
    CloseEvent close = r.awaitClose();
    assertEquals(List.of("error@3", "close@3"), r.events.stream().map(Object::toString).toList());
    assertEquals(1006, close.getCode());
    assertEquals("", close.getReason());
    assertFalse(close.isWasClean());
  }

  static void assertFailsAfterOpen(WebSocket ws) {
    assertFailsAfterOpen(Recorder.of(ws));
  }

  /** The same, for a recorder that has listened since the socket's setup task. */
  static void assertFailsAfterOpen(Recorder r) {
    CloseEvent close = r.awaitClose();
    assertEquals(List.of("open", "error", "close"), r.types(), r.events.toString());
    assertEquals(1006, close.getCode());
    assertFalse(close.isWasClean());
  }

  @Test
  void aRefusedConnectionFails() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    assertFailsBeforeOpen(new WebSocket("ws://127.0.0.1:" + port + "/"));
  }

  /** Fetch #block-bad-port: the constructor returns, then error and close 1006 (no hang). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "ws://127.0.0.1:0/",
        "ws://127.0.0.1:21/",
        "wss://127.0.0.1:6000/",
        "http://127.0.0.1:10080/x",
        "ws://127.0.0.1:6697/"
      })
  void aBadPortFailsTheConnection(String url) throws InterruptedException {
    ExecutorService loop = Executors.newSingleThreadExecutor();
    CountDownLatch script = new CountDownLatch(1);
    try {
      // The "script" holds the event loop: until it returns, no task of the socket can run, and
      // it adds its listeners before it returns, as a page's script does.
      loop.execute(
          () -> {
            try {
              script.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      WebSocket ws = new WebSocket(url, WebSocketOptions.builder().eventLoop(loop).build());
      assertEquals(WebSocket.CONNECTING, ws.getReadyState());
      Recorder r = Recorder.of(ws);
      script.countDown();
      CloseEvent close = r.awaitClose();
      assertEquals(List.of("error@3", "close@3"), r.events.stream().map(Object::toString).toList());
      assertEquals(1006, close.getCode());
      assertFalse(close.isWasClean());
    } finally {
      script.countDown();
      loop.shutdown();
    }
  }

  @Test
  void onlyAnExplicitPortCanBeBad() throws WebSocketUrl.ParseException {
    // Port 80 is ws:'s default: the URL has no port, and 80 is not on the list anyway; 6001
    // neighbours a bad port. Neither is blocked: the connection is refused by the network.
    assertEquals(false, BadPort.blocks(WebSocketUrl.parse("ws://127.0.0.1:80/", null)));
    assertEquals(false, BadPort.blocks(WebSocketUrl.parse("ws://127.0.0.1:6001/", null)));
    assertEquals(true, BadPort.blocks(WebSocketUrl.parse("ws://127.0.0.1:0/", null)));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {200, 302, 401, 404, 500})
  void aNon101AnswerFails(int status) {
    assertFailsBeforeOpen(new WebSocket(server.url("/handshake/status?code=" + status)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/handshake/not-http",
        "/handshake/bad-accept",
        "/handshake/no-upgrade",
        "/handshake/no-connection",
        "/drop?when=handshake",
        "/nowhere"
      })
  void aBadHandshakeFails(String path) {
    assertFailsBeforeOpen(new WebSocket(server.url(path)));
  }

  @Test
  void theConnectTimeoutFailsAServerThatNeverAnswers() {
    WebSocketOptions options =
        WebSocketOptions.builder().connectTimeout(Duration.ofMillis(300)).build();
    assertFailsBeforeOpen(new WebSocket(server.url("/handshake/hang"), options));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "invalid-utf8",
        "unknown-opcode",
        "rsv-bits",
        "masked-frame",
        "control-too-long",
        "fragmented-control",
        "continuation-without-start",
        "close-1-byte",
        "close-invalid-code",
        "close-invalid-utf8-reason",
        "text-inside-fragmented"
      })
  void hostileFramesFailTheConnection(String hostile) {
    WebSocket ws = new WebSocket(server.url("/hostile/" + hostile));
    assertFailsAfterOpen(ws);
  }

  @Test
  void reservedCloseCodesOnTheWireFailTheConnection() {
    for (int code : new int[] {1005, 1006, 1015}) {
      assertFailsAfterOpen(new WebSocket(server.url("/hostile/close-invalid-code?code=" + code)));
    }
  }

  @Test
  void unregisteredCloseCodesOnTheWireAreReportedAsTheyAre() {
    // RFC 6455 §7.1.5; Chromium 156 reports these to the page unchanged.
    for (int code : new int[] {999, 1004, 2000, 5000}) {
      Recorder r = Recorder.connect(server.url("/close?code=" + code + "&reason=r"), ws -> {});
      WebSocket ws = r.ws;
      CloseEvent close = r.awaitClose();
      assertEquals(List.of("open", "close"), r.types(), "code " + code);
      assertEquals(code, close.getCode());
      assertEquals("r", close.getReason());
      assertEquals(true, close.isWasClean());
    }
  }

  @Test
  void aPingIsAnsweredWithTheSamePayload() {
    WebSocket ws = new WebSocket(server.url("/hostile/ping"));
    Recorder r = Recorder.of(ws).awaitMessages(1);
    assertEquals("pong:hello", r.messages().get(0));
    ws.close();
  }

  @Test
  void fragmentsWithAPingBetweenMakeOneMessage() {
    WebSocket ws = new WebSocket(server.url("/hostile/valid-fragmented"));
    Recorder r = Recorder.of(ws).awaitMessages(1);
    assertEquals("Hello, world", r.messages().get(0));
    ws.close();
  }

  @Test
  void serverFragmentedAndBurstMessagesArriveWhole() {
    WebSocket ws = new WebSocket(server.url("/send?size=100000&count=3&type=text&fragment=7000"));
    Recorder r = Recorder.of(ws).awaitMessages(3);
    String text = (String) r.messages().get(2);
    assertEquals(100000, text.length());
    assertEquals('a', text.charAt(0));
    assertEquals((char) ('a' + 99999 % 26), text.charAt(99999));
    ws.close();
    WebSocket burst = new WebSocket(server.url("/burst?count=500&size=10"));
    Recorder b = Recorder.of(burst).awaitMessages(500);
    assertEquals(500, b.messages().size());
    burst.close();
  }
}
