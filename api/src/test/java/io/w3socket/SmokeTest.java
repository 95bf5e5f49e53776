package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.w3socket.testserver.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void echoRoundTripAndClose() {
    try (TestServer server = TestServer.start()) {
      Recorder r =
          Recorder.connect(
              server.url("/echo"),
              ws -> {
                ws.setOnopen(e -> ws.send("hello"));
                ws.setOnmessage(e -> ws.close(1000, "done"));
              });
      WebSocket ws = r.ws;
      CloseEvent close = r.awaitClose();
      assertEquals(List.of("open", "message", "close"), r.types());
      assertEquals("hello", r.messages().get(0));
      assertEquals(1000, close.getCode());
      assertEquals("done", close.getReason());
      assertEquals(true, close.isWasClean());
    }
  }
}
