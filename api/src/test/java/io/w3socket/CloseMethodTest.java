package io.w3socket;

import static io.w3socket.Dom.assertDomException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** WebSockets #dom-websocket-close: {@code close(code, reason)}. */
class CloseMethodTest {
  static final TestServer server = LoopbackServer.SERVER;

  @ParameterizedTest
  @ValueSource(ints = {0, 999, 1001, 1002, 1005, 1006, 1015, 2999, 5000, 65535, -1})
  void codesOtherThan1000And3000To4999AreInvalidAccessErrors(int code) {
    Recorder.whileConnecting(
        server.url("/echo"),
        ws -> {
          DOMException e = assertDomException("InvalidAccessError", () -> ws.close(code));
          assertEquals(15, e.getCode());
          assertEquals(WebSocket.CONNECTING, ws.getReadyState());
        });
  }

  @Test
  void theCodeIsCheckedBeforeTheReason() {
    WebSocket ws = new WebSocket(server.url("/echo"));
    assertDomException("InvalidAccessError", () -> ws.close(1001, "x".repeat(200)));
    ws.close();
  }

  @Test
  void reasonsOver123Utf8BytesAreSyntaxErrors() {
    // Inside the creating task, as a page: CLOSING cannot turn CLOSED before the assertion.
    Recorder.whileConnecting(
        server.url("/echo"),
        ws -> {
          assertDomException("SyntaxError", () -> ws.close(1000, "x".repeat(124)));
          assertDomException("SyntaxError", () -> ws.close(1000, "\u00e9".repeat(62))); // 124 B
          assertDomException("SyntaxError", () -> ws.close(4000, "\uD800".repeat(42))); // 3 B each
          ws.close(1000, "x".repeat(123));
          assertEquals(WebSocket.CLOSING, ws.getReadyState());
        });
  }

  @Test
  void closeWhileConnectingFailsTheConnection() throws Exception {
    // Run the script part as one event-loop task, as a page would: nothing can fire inside it.
    ExecutorService loop = Executors.newSingleThreadExecutor();
    try {
      WebSocketOptions options = WebSocketOptions.builder().eventLoop(loop).build();
      Future<Recorder> task =
          loop.submit(
              () -> {
                WebSocket ws = new WebSocket(server.url("/handshake/delay?ms=3000"), options);
                Recorder r = Recorder.of(ws);
                ws.close();
                assertEquals(WebSocket.CLOSING, ws.getReadyState());
                ws.close(); // CLOSING: does nothing
                assertTrue(r.events.isEmpty(), "error and close fire later, in their own task");
                return r;
              });
      Recorder r = task.get(5, TimeUnit.SECONDS);
      CloseEvent close = r.awaitClose();
      assertEquals(List.of("error@3", "close@3"), r.events.stream().map(Object::toString).toList());
      assertEquals(1006, close.getCode());
      assertFalse(close.isWasClean());
    } finally {
      loop.shutdown();
    }
  }

  @Test
  void closeWithoutArgumentsSendsACloseFrameWithoutBody() {
    int[] stateAfterClose = new int[1];
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            ws -> {
              ws.setOnopen(
                  e -> {
                    ws.close();
                    stateAfterClose[0] = ws.getReadyState();
                  });
            });
    WebSocket ws = r.ws;
    CloseEvent close = r.awaitClose();
    assertEquals(WebSocket.CLOSING, stateAfterClose[0]);
    assertEquals(
        1005, close.getCode(), "the echo server answers an empty Close with an empty Close");
    assertTrue(close.isWasClean());
    assertEquals(List.of("open", "close"), r.types());
  }

  @Test
  void codeAndReasonAreSent() {
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            ws -> {
              ws.setOnopen(e -> ws.close(4321, "bye \u00e9"));
            });
    WebSocket ws = r.ws;
    CloseEvent close = r.awaitClose();
    assertEquals(4321, close.getCode());
    assertEquals("bye \u00e9", close.getReason());
    assertTrue(close.isWasClean());
  }

  @Test
  void aReasonWithoutACodeIsCheckedThenSentWithoutABody() {
    // #dom-websocket-close step 2 checks a present reason even without a code; step 3 sends the
    // reason only "after the status code", so the Close frame has no body (the server sees 1005).
    Recorder.whileConnecting(
        server.url("/echo"),
        ws -> {
          DOMException e = assertDomException("SyntaxError", () -> ws.close(null, "x".repeat(124)));
          assertEquals(12, e.getCode());
          assertEquals(WebSocket.CONNECTING, ws.getReadyState());
        });
    Recorder r =
        Recorder.connect(server.url("/echo"), ws -> ws.setOnopen(e -> ws.close(null, "bye")));
    CloseEvent close = r.awaitClose();
    assertEquals(1005, close.getCode(), "the echo server answers an empty Close with one");
    assertEquals("", close.getReason());
    assertTrue(close.isWasClean());
  }

  @Test
  void aNullCodeAndReasonAreAbsent() {
    Recorder r =
        Recorder.connect(server.url("/echo"), ws -> ws.setOnopen(e -> ws.close(null, null)));
    CloseEvent close = r.awaitClose();
    assertEquals(1005, close.getCode());
    assertTrue(close.isWasClean());
  }

  @Test
  void closeWhenClosingOrClosedDoesNothing() {
    Recorder r =
        Recorder.connect(
            server.url("/echo"),
            ws -> {
              ws.setOnopen(
                  e -> {
                    ws.close(3000);
                    ws.close(4000, "ignored");
                  });
            });
    WebSocket ws = r.ws;
    CloseEvent close = r.awaitClose();
    assertEquals(3000, close.getCode());
    ws.close(1000);
    assertEquals(WebSocket.CLOSED, ws.getReadyState());
    assertEquals(1, r.types().stream().filter("close"::equals).count());
  }

  @Test
  void messagesSentBeforeCloseAreDeliveredBeforeTheCloseFrame() {
    Recorder r =
        Recorder.connect(
            server.url("/sink"),
            ws -> {
              ws.setOnopen(
                  e -> {
                    for (int i = 0; i < 100; i++) {
                      ws.send(new byte[10_000]);
                    }
                    ws.send("report");
                  });
            });
    WebSocket ws = r.ws;
    r.awaitMessages(1);
    assertTrue(
        ((String) r.messages().get(0)).contains("\"bytes\":1000000"), r.messages().toString());
    ws.close();
    r.awaitClose();
  }
}
