package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The constructor and the {@code url} attribute (WHATWG WebSockets §3, constructor steps 1–6). */
@TckArea(value = "constructor and URL", order = 1)
public abstract class ConstructorVerification extends TckBase {

  /** §3 url getter: the URL serializer adds the empty path's "/". */
  @Test
  @Spec("WHATWG WebSockets §3 url; URL Standard §4.5 URL serializer")
  void urlIsTheSerializedUrl() throws Exception {
    Probe p = probe().open("ws://127.0.0.1:" + server().port(), List.of());
    assertEquals("ws://127.0.0.1:" + server().port() + "/", p.socket().url());
    Probe q = probe().open(server().url("/echo?a=b"), List.of());
    assertEquals(server().url("/echo?a=b"), q.socket().url());
  }

  /** §3 constructor step 3: an http: URL is changed to ws: and connects. */
  @Test
  @Spec("WHATWG WebSockets §3 constructor, step 3")
  void httpSchemeIsChangedToWs() throws Exception {
    Probe p = probe().open(server().httpUrl("/echo"), List.of());
    assertEquals(server().url("/echo"), p.socket().url());
    p.awaitOpen();
  }

  /** §3 constructor step 4: an https: URL is changed to wss:. */
  @Test
  @Spec("WHATWG WebSockets §3 constructor, step 4")
  void httpsSchemeIsChangedToWss() throws Exception {
    Probe p = probe().open("https://127.0.0.1:" + server().port() + "/echo", List.of());
    assertEquals("wss://127.0.0.1:" + server().port() + "/echo", p.socket().url());
  }

  /** §3 constructor step 5: any scheme other than ws, wss, http, https is a SyntaxError. */
  @Test
  @Spec("WHATWG WebSockets §3 constructor, step 5")
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

  /** §3 constructor step 6: a URL with a fragment, even an empty one, is a SyntaxError. */
  @Test
  @Spec("WHATWG WebSockets §3 constructor, step 6")
  void fragmentThrowsSyntaxError() {
    for (String url : List.of(server().url("/echo#frag"), server().url("/echo#"))) {
      assertDomException(
          "SyntaxError", () -> probe().open(url, List.of()), "new WebSocket(\"" + url + "\")");
    }
  }

  /** §3 constructor step 2: a URL the URL parser rejects is a SyntaxError. */
  @Test
  @Spec("WHATWG WebSockets §3 constructor, step 2; URL Standard §4.4")
  void unparsableUrlThrowsSyntaxError() {
    for (String url :
        List.of("ws://", "ws://foo bar.com/", "ws://[::1/", "ws://127.0.0.1:70000/", "/echo", "")) {
      assertDomException(
          "SyntaxError", () -> probe().open(url, List.of()), "new WebSocket(\"" + url + "\")");
    }
  }

  /** §3 constructor step 9: connecting happens in parallel; a refused port does not throw. */
  @Test
  @Spec("WHATWG WebSockets §3 constructor, step 9; §5 fail the WebSocket connection")
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
