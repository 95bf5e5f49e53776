package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.w3socket.testserver.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * OkHttp logs "A connection to … was leaked. Did you forget to close a response body?" when a call
 * that still holds its connection is garbage collected. Every w3socket connection must hand its
 * connection back (the upgraded socket's source and sink closed), so a user never sees that line.
 */
class OkHttpLeakTest {
  static final TestServer server = LoopbackServer.SERVER;

  @Test
  void manySequentialConnectionsLeakNothingOnceCollected() {
    Logger okhttp = Logger.getLogger("okhttp3.OkHttpClient"); // held: JUL keeps loggers weakly
    List<String> leaks = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message != null && message.contains("was leaked")) {
              leaks.add(message);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    okhttp.addHandler(capture);
    try {
      List<String> outcomes = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 30; i++) {
          // A clean close, a server-initiated close, and a handshake failed after the 101 (the
          // server selects a subprotocol that was not offered).
          String path = List.of("/echo", "/close?code=1000", "/protocol?select=other").get(i % 3);
          String[] protocols = i % 3 == 2 ? new String[] {"chat"} : new String[0];
          Recorder r =
              Recorder.connect(
                  server.url(path),
                  WebSocketOptions.defaults(),
                  ws -> ws.setOnopen(e -> ws.close(1000)),
                  protocols);
          outcomes.add(path + " " + r.awaitClose().getCode() + " " + r.types());
        }
        // The pool's cleanup runs OkHttp's leak detector on calls the collector has cleared; the
        // next round's connections run it.
        System.gc();
      }
      assertEquals(90, outcomes.size());
      assertEquals(60, outcomes.stream().filter(o -> o.endsWith(" 1000 [open, close]")).count());
      assertEquals(30, outcomes.stream().filter(o -> o.endsWith(" 1006 [error, close]")).count());
      assertEquals(List.of(), leaks, leaks.size() + " leak warnings");
    } finally {
      okhttp.removeHandler(capture);
    }
  }
}
