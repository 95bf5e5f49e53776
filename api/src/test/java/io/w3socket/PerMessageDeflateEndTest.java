package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.DataFormatException;
import org.junit.jupiter.api.Test;

/**
 * RFC 7692 §7.2: the compression contexts live as long as the connection. Once it is over they are
 * ended (their native memory freed at once), and nothing is compressed any more.
 */
class PerMessageDeflateEndTest {
  private static final byte[] TEXT =
      "a compressible message, a compressible message, a compressible message. "
          .repeat(20)
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void endedContextsCompressNothing() throws Exception {
    PerMessageDeflate d = PerMessageDeflate.accept(List.of());
    assertTrue(d.shouldCompress(TEXT, 0, TEXT.length));
    byte[] compressed = d.compress(TEXT, 0, TEXT.length);
    assertNotNull(compressed);
    assertArrayEquals(TEXT, d.decompress(compressed, 1 << 20));

    d.end();
    d.end(); // idempotent
    assertTrue(d.ended());
    assertFalse(d.shouldCompress(TEXT, 0, TEXT.length));
    assertNull(d.compress(TEXT, 0, TEXT.length));
    assertThrows(DataFormatException.class, () -> d.decompress(compressed, 1 << 20));
  }
}
