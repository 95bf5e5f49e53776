package io.w3socket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.engine.Route;
import io.w3socket.testserver.TestServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The routes of {@code w3socket run}: --map targets and the embedded server's life. */
class RunNetworkTest {
  private static final EmbeddedTls NO_NAMES = new EmbeddedTls(List.of());

  @Test
  void targetsSayWhereSlashGoes() {
    assertEquals("/echo", RunNetwork.parseTarget("127.0.0.1:9000").rootPath);
    assertNull(RunNetwork.parseTarget("127.0.0.1:9000/").rootPath);
    assertEquals("/protocol", RunNetwork.parseTarget("127.0.0.1:9000/protocol").rootPath);
    assertEquals("::1", RunNetwork.parseTarget("[::1]:9000").host);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RunNetwork.parseTarget("nohost"));
    assertEquals("a mapping target must be HOST:PORT[/PATH], not 'nohost'", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RunNetwork.parseTarget("h:70000"));
    assertThrows(IllegalArgumentException.class, () -> RunNetwork.parseTarget("h:x"));
  }

  @Test
  void aMappedRunningServerIsUsedAsIs() {
    try (TestServer server = TestServer.start()) {
      RunNetwork net =
          new RunNetwork(
              Map.of("Echo.Example", "127.0.0.1:" + server.port() + "/"), true, NO_NAMES);
      Route r = net.route("echo.example", 80);
      assertEquals("to 127.0.0.1:" + server.port(), r.toString());
      assertFalse(net.waitsForIdle(), "nothing was started");
      assertTrue(net.route("other.example", 80).isDirect());
    }
  }

  @Test
  void portZeroStartsAnEmbeddedServerStoppedWhenThePageIsIdle() {
    RunNetwork net = new RunNetwork(Map.of("echo.example", "127.0.0.1:0"), false, NO_NAMES);
    Route r = net.route("echo.example", 80);
    assertEquals("/echo", r.rootPath());
    assertTrue(listening(r.port()), "the embedded server listens");
    assertEquals(r.port(), net.route("echo.example", 8080).port(), "one server per mapping");
    assertTrue(net.waitsForIdle());
    net.pageIdle();
    assertFalse(net.waitsForIdle());
    assertFalse(listening(r.port()), "the embedded server is stopped");
  }

  @Test
  void withoutAutoServeAnUnmappedTutorialPortIsDirect() {
    assertTrue(new RunNetwork(Map.of(), false, NO_NAMES).route("localhost", 9998).isDirect());
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
