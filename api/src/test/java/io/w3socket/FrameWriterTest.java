package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import okio.Buffer;
import okio.Okio;
import org.junit.jupiter.api.Test;

/**
 * The frame bytes a client writes (RFC 6455 §5.2, §5.3), read back by hand: masking is done in
 * place across okio segment boundaries, so every payload length around a segment (8 KiB) and a
 * chunk (64 KiB) must unmask to the bytes sent.
 */
class FrameWriterTest {
  @Test
  void everyLengthUnmasksToThePayload() throws Exception {
    Random random = new Random(6455);
    int[] lengths = {
      0,
      1,
      3,
      4,
      7,
      8,
      9,
      125,
      126,
      127,
      8191,
      8192,
      8193,
      65535,
      65536,
      65537,
      8192 * 9 + 5,
      200_001
    };
    for (int length : lengths) {
      byte[] data = new byte[length + 5];
      random.nextBytes(data);
      Buffer wire = new Buffer();
      // A sink with a pending odd-length write, as a real one after earlier frames, so that the
      // payload begins mid-segment.
      okio.BufferedSink sink = Okio.buffer((okio.Sink) wire);
      sink.writeUtf8("xyz");
      long[] reported = {0};
      new FrameWriter()
          .writeFrame(sink, Opcodes.BINARY, false, data, 3, length, n -> reported[0] += n);
      sink.flush();
      assertEquals("xyz", wire.readUtf8(3));
      assertEquals(0x80 | Opcodes.BINARY, wire.readByte() & 0xFF, "FIN and opcode");
      int b1 = wire.readByte() & 0xFF;
      assertEquals(0x80, b1 & 0x80, "§5.1: a client masks every frame");
      long len = b1 & 0x7F;
      if (len == 126) {
        len = wire.readShort() & 0xFFFF;
      } else if (len == 127) {
        len = wire.readLong();
      }
      assertEquals(length, len, "payload length");
      byte[] key = wire.readByteArray(4);
      byte[] payload = wire.readByteArray(len);
      for (int i = 0; i < payload.length; i++) {
        payload[i] ^= key[i & 3];
      }
      byte[] expected = new byte[length];
      System.arraycopy(data, 3, expected, 0, length);
      assertArrayEquals(expected, payload, "length " + length);
      assertEquals(length, reported[0], "progress of length " + length);
      assertEquals(0, wire.size());
    }
  }
}
