package io.w3socket;

import static io.w3socket.Dom.assertDomException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** WebSockets #dom-websocket-websocket: the {@code WebSocket(url, protocols)} constructor steps. */
class ConstructorTest {
  static final TestServer server = LoopbackServer.SERVER;

  @Test
  void urlReturnsTheSerializedUrl() {
    Recorder.whileConnecting(
        "ws://127.0.0.1:" + server.port(),
        ws -> {
          assertEquals("ws://127.0.0.1:" + server.port() + "/", ws.getUrl());
          assertEquals(WebSocket.CONNECTING, ws.getReadyState());
        });
  }

  @Test
  void httpSchemeBecomesWsAndConnects() {
    WebSocket ws = new WebSocket(server.httpUrl("/echo"));
    assertEquals(server.url("/echo"), ws.getUrl());
    Recorder.of(ws).awaitOpen();
    ws.close();
  }

  @Test
  void httpsSchemeBecomesWss() {
    WebSocket ws = new WebSocket("https://127.0.0.1:" + server.port() + "/echo");
    assertEquals("wss://127.0.0.1:" + server.port() + "/echo", ws.getUrl());
    ws.close();
  }

  @Test
  void relativeUrlResolvesAgainstTheBaseUrl() {
    WebSocketOptions options =
        WebSocketOptions.builder()
            .baseUrl("http://127.0.0.1:" + server.port() + "/pages/tutorial.html")
            .build();
    WebSocket ws = new WebSocket("/echo", options);
    assertEquals(server.url("/echo"), ws.getUrl());
    Recorder.of(ws).awaitOpen();
    ws.close();
    WebSocket sibling = new WebSocket("echo", options);
    assertEquals(server.url("/pages/echo"), sibling.getUrl());
    sibling.close();
  }

  @Test
  void relativeUrlWithoutBaseIsASyntaxError() {
    assertDomException("SyntaxError", () -> new WebSocket("/echo"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.com/",
        "file:///tmp/x",
        "javascript:alert(1)",
        "mailto:a@b.c",
        "data:text/plain,hi",
        "blob:http://x/y",
        "about:blank"
      })
  void otherSchemesAreSyntaxErrors(String url) {
    DOMException e = assertDomException("SyntaxError", () -> new WebSocket(url));
    assertEquals(12, e.getCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ws://127.0.0.1/#", "ws://127.0.0.1/#frag", "ws://127.0.0.1/?q#x"})
  void fragmentsAreSyntaxErrors(String url) {
    assertDomException("SyntaxError", () -> new WebSocket(url));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ws://", "ws://foo bar.com/", "ws://[::1/", "ws://host:70000/", "", "  "})
  void unparsableUrlsAreSyntaxErrors(String url) {
    assertDomException("SyntaxError", () -> new WebSocket(url));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", "a,b", "chat\u00e9", "{x}", "a\"b", "a/b"})
  void protocolsMustBeTokens(String protocol) {
    assertDomException("SyntaxError", () -> new WebSocket(server.url("/echo"), protocol));
  }

  @Test
  void duplicateProtocolsAreSyntaxErrorsIgnoringCase() {
    assertDomException("SyntaxError", () -> new WebSocket(server.url("/echo"), "chat", "chat"));
    assertDomException("SyntaxError", () -> new WebSocket(server.url("/echo"), "chat", "CHAT"));
  }

  @Test
  void nullArgumentsAreNamed() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new WebSocket(null));
    assertEquals("url", e.getMessage());
  }

  @Test
  void attributesStartAtTheirDefaults() {
    Recorder.whileConnecting(
        server.url("/echo"),
        ws -> {
          assertEquals(WebSocket.CONNECTING, ws.getReadyState());
          assertEquals(0, ws.getBufferedAmount());
          assertEquals("", ws.getProtocol());
          assertEquals("", ws.getExtensions());
          assertEquals("blob", ws.getBinaryType());
          assertEquals(null, ws.getOnopen());
          assertEquals(null, ws.getOnmessage());
          assertEquals(null, ws.getOnerror());
          assertEquals(null, ws.getOnclose());
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"caf\u00e9", "line\r\nX-Injected: 1", "nul\u0000"})
  void aHandshakeHeaderValueOutsideVisibleAsciiIsRefusedWhenSet(String value) {
    // RFC 9110 §5.5: a field value is visible ASCII, SP and HTAB (obs-text aside); refused where
    // it is given, not when a handshake later cannot send it.
    WebSocketOptions.Builder b = WebSocketOptions.builder();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.header("X-Test", value));
    assertTrue(e.getMessage().startsWith("Invalid handshake header 'X-Test': "), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.header("X Test", "name not a token"));
  }
}
