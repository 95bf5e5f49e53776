package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The constructor and the {@code url} attribute (WebSockets {@code #dom-websocket-websocket} steps
 * 1–7 and 12, {@code #dom-websocket-url}).
 */
@TckArea(value = "constructor and URL", order = 1)
public abstract class ConstructorVerification extends TckBase {

  /** #dom-websocket-url: the URL serializer adds the empty path's "/". */
  @Test
  @Spec("WebSockets #dom-websocket-url; URL #concept-url-serializer")
  void urlIsTheSerializedUrl() throws Exception {
    Probe p = probe().open("ws://127.0.0.1:" + server().port(), List.of());
    assertEquals("ws://127.0.0.1:" + server().port() + "/", p.socket().url());
    Probe q = probe().open(server().url("/echo?a=b"), List.of());
    assertEquals(server().url("/echo?a=b"), q.socket().url());
  }

  /** #dom-websocket-websocket step 4: an http: URL is changed to ws: and connects. */
  @Test
  @Spec("WebSockets #dom-websocket-websocket step 4")
  void httpSchemeIsChangedToWs() throws Exception {
    Probe p = probe().open(server().httpUrl("/echo"), List.of());
    assertEquals(server().url("/echo"), p.socket().url());
    p.awaitOpen();
  }

  /** #dom-websocket-websocket step 5: an https: URL is changed to wss:. */
  @Test
  @Spec("WebSockets #dom-websocket-websocket step 5")
  void httpsSchemeIsChangedToWss() throws Exception {
    Probe p = probe().open("https://127.0.0.1:" + server().port() + "/echo", List.of());
    assertEquals("wss://127.0.0.1:" + server().port() + "/echo", p.socket().url());
  }

  /**
   * #dom-websocket-websocket step 6: any scheme other than ws, wss, http, https is a SyntaxError.
   */
  @Test
  @Spec("WebSockets #dom-websocket-websocket step 6")
  void otherSchemesThrowSyntaxError() {
    for (String url :
        List.of(
            "ftp://127.0.0.1/",
            "file:///tmp/x",
            "mailto:a@b.c",
            "javascript:1",
            "data:text/plain,hi")) {
      assertDomException(
          "SyntaxError", () -> probe().open(url, List.of()), "new WebSocket(\"" + url + "\")");
    }
  }

  /**
   * #dom-websocket-websocket step 7: a URL with a fragment, even an empty one, is a SyntaxError.
   */
  @Test
  @Spec("WebSockets #dom-websocket-websocket step 7")
  void fragmentThrowsSyntaxError() {
    for (String url : List.of(server().url("/echo#frag"), server().url("/echo#"))) {
      assertDomException(
          "SyntaxError", () -> probe().open(url, List.of()), "new WebSocket(\"" + url + "\")");
    }
  }

  /**
   * #dom-websocket-websocket steps 2–3: a URL the URL parser rejects is a SyntaxError. Step 2
   * parses against the API base URL; the TCK assumes none (as in a plain JVM), so a relative URL
   * fails too.
   */
  @Test
  @Spec("WebSockets #dom-websocket-websocket steps 2-3; URL #concept-url-parser")
  void unparsableUrlThrowsSyntaxError() {
    for (String url :
        List.of("ws://", "ws://foo bar.com/", "ws://[::1/", "ws://127.0.0.1:70000/", "/echo", "")) {
      assertDomException(
          "SyntaxError", () -> probe().open(url, List.of()), "new WebSocket(\"" + url + "\")");
    }
  }

  /**
   * #dom-websocket-websocket step 12: connecting happens in parallel; a refused port does not
   * throw, it fails the WebSocket connection (error, then close).
   */
  @Test
  @Spec(
      "WebSockets #dom-websocket-websocket step 12; #concept-websocket-establish; #closeWebSocket")
  void unreachableServerDoesNotThrowButFails() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Probe p = probe();
    assertNoException(
        () -> p.open("ws://127.0.0.1:" + port + "/", List.of()), "new WebSocket(refused port)");
    assertFailsBeforeOpen(p);
  }
}
