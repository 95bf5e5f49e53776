package io.w3socket.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.CloseEvent;
import io.w3socket.testserver.TestServer;
import org.junit.jupiter.api.Test;

/** The ~15-line program of the README, using only the public API, against a loopback server. */
class EchoExampleTest {
  @Test
  void roundTripsTextTwoMebibytesAndABurstThenClosesCleanly() {
    try (TestServer server = TestServer.start()) {
      StringBuilder log = new StringBuilder();
      CloseEvent close = EchoExample.run(server.url("/echo"), log);
      String expectedStart =
          "open, buffered "
              + (5 + 66L * 1024 * 1024)
              + "\n"
              + "message Hello\n"
              + "message 2097152 bytes\n"
              + "message 1048576 bytes\n";
      assertTrue(log.toString().startsWith(expectedStart), log.toString());
      assertEquals(1000, close.getCode());
      assertEquals("done", close.getReason());
      assertTrue(close.isWasClean());
    }
  }
}
