package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 6455 §7.1.7: an endpoint failing an established connection "SHOULD send a Close frame with an
 * appropriate status code (Section 7.4)". A raw server on 127.0.0.1 ({@link RawPeer}) sends one bad
 * frame and reads what the client answers.
 */
class FailCloseFrameTest {
  @ParameterizedTest(name = "{0} -> Close {1}")
  @CsvSource({
    "81 02 C3 28, 1007", // text frame with invalid UTF-8 (§8.1)
    "83 00, 1002", // unknown opcode 3 (§5.2)
    "89 7E 00 7E, 1002", // ping with a 126-byte payload length (§5.5)
  })
  void theClientSendsACloseFrameWithTheReasonsCode(String hex, int expectedCode) throws Exception {
    CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    try (RawPeer peer =
        new RawPeer(
            (s, request) -> {
              RawPeer.write(s, RawPeer.switching(request, ""), bytes(hex));
              closeCode.complete(RawPeer.readCloseCode(s.getInputStream()));
            })) {
      Recorder r = Recorder.connect(peer.url());
      assertEquals(expectedCode, closeCode.get(5, TimeUnit.SECONDS));
      r.awaitClose();
      assertEquals(List.of("open", "error", "close"), r.types());
    }
  }

  private static byte[] bytes(String hex) {
    String[] parts = hex.trim().split("\\s+");
    byte[] out = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return out;
  }
}
