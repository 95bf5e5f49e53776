package io.w3socket;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.SecureRandom;
import okio.BufferedSink;

/**
 * Writes client frames (RFC 6455 §5.2, §5.3): every frame masked with a fresh key from a strong
 * source of entropy (§10.3), each message as one frame. Used by one writer thread at a time.
 */
final class FrameWriter {
  /** Payload is masked through this buffer in chunks; progress is reported per chunk. */
  private static final int CHUNK = 64 * 1024;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private final BufferedSink sink;
  private final SecureRandom random = new SecureRandom();
  private final byte[] keys = new byte[512];
  private int keyIndex = keys.length;
  private final byte[] chunk = new byte[CHUNK];
  private final byte[] header = new byte[14];

  FrameWriter(BufferedSink sink) {
    this.sink = sink;
  }

  /** Receives the number of payload bytes handed to the network so far. */
  interface Progress {
    void written(long bytes);
  }

  /**
   * Writes one complete message frame.
   *
   * @param rsv1 set for a message compressed by permessage-deflate (RFC 7692 §6)
   */
  void writeFrame(int opcode, boolean rsv1, byte[] data, int offset, int length, Progress progress)
      throws IOException {
    int h = 0;
    header[h++] = (byte) (0x80 | (rsv1 ? 0x40 : 0) | opcode); // FIN, RSV1, opcode
    // §5.2 "Payload length": 7 bits, 7+16 bits, or 7+64 bits; MASK bit always set by a client.
    if (length <= 125) {
      header[h++] = (byte) (0x80 | length);
    } else if (length <= 0xFFFF) {
      header[h++] = (byte) (0x80 | 126);
      header[h++] = (byte) (length >>> 8);
      header[h++] = (byte) length;
    } else {
      header[h++] = (byte) (0x80 | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        header[h++] = (byte) ((long) length >>> shift);
      }
    }
    int key = nextMaskKey();
    header[h++] = (byte) (key >>> 24);
    header[h++] = (byte) (key >>> 16);
    header[h++] = (byte) (key >>> 8);
    header[h++] = (byte) key;
    sink.write(header, 0, h);

    // §5.3: octet i of the payload is XORed with octet (i mod 4) of the masking key.
    long keyLong = (key & 0xFFFFFFFFL) << 32 | (key & 0xFFFFFFFFL);
    int done = 0;
    while (done < length) {
      int n = Math.min(CHUNK, length - done);
      mask(data, offset + done, n, keyLong);
      sink.write(chunk, 0, n);
      done += n;
      if (progress != null) {
        progress.written(n);
      }
    }
  }

  /** Copies {@code n} bytes into the chunk buffer XORed with the key, 8 bytes at a time. */
  private void mask(byte[] data, int from, int n, long keyLong) {
    // Every chunk starts at a multiple of 4 bytes into the payload, so the key phase is 0.
    int i = 0;
    int longs = n & ~7;
    for (; i < longs; i += 8) {
      LONGS.set(chunk, i, (long) LONGS.get(data, from + i) ^ keyLong);
    }
    for (; i < n; i++) {
      chunk[i] = (byte) (data[from + i] ^ (keyLong >>> (56 - 8 * (i & 3))));
    }
  }

  void flush() throws IOException {
    sink.flush();
  }

  private int nextMaskKey() {
    if (keyIndex + 4 > keys.length) {
      random.nextBytes(keys);
      keyIndex = 0;
    }
    int k =
        (keys[keyIndex] & 0xFF) << 24
            | (keys[keyIndex + 1] & 0xFF) << 16
            | (keys[keyIndex + 2] & 0xFF) << 8
            | (keys[keyIndex + 3] & 0xFF);
    keyIndex += 4;
    return k;
  }
}
