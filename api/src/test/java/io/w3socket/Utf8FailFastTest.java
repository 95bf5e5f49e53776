package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.w3socket.testserver.TestServer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 6455 §8.1: invalid UTF-8 in text fails the connection as soon as it arrives. The server
 * ({@code /raw?hex=}) writes the start of a text message and then nothing more, so a client that
 * waited for the message's end would never fail.
 */
class Utf8FailFastTest {
  static final TestServer server = LoopbackServer.SERVER;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // A first fragment (no FIN) whose bytes are invalid; the continuation never comes.
    "01+02+C3+28",
    // A valid first fragment ending inside a code point, then a continuation that breaks it.
    "01+01+E2+00+01+41",
    // One 16-byte text frame of which only an invalid start arrives.
    "81+10+61+62+C0+AF",
    // A surrogate (ED A0 80) inside a frame whose rest never comes.
    "81+10+ED+A0+80",
  })
  void invalidTextFailsBeforeTheMessageEnds(String hex) {
    WebSocket ws = new WebSocket(server.url("/raw?hex=" + hex));
    Recorder r = Recorder.of(ws);
    CloseEvent close = r.awaitClose();
    assertEquals(List.of("open", "error", "close"), r.types());
    assertEquals(1006, close.getCode());
    assertFalse(close.isWasClean());
  }
}
