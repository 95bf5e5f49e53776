package io.w3socket;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.SecureRandom;
import okio.Buffer;
import okio.BufferedSink;

/**
 * Encodes client frames (RFC 6455 §5.2, §5.3): every frame masked with a fresh key from a strong
 * source of entropy (§10.3), each message as one frame. A frame is encoded a chunk at a time
 * ({@link #begin}, then {@link #encodeChunk} until {@link #frameDone}), so whoever writes it (the
 * connection's selector thread, or its writer task) hands the network at most a chunk beyond what
 * it has taken, and reports progress as chunks go. Used by one writer at a time.
 *
 * <p>Nothing is allocated per connection beyond this object: the payload is masked in place in the
 * output buffer, whose segments come from okio's shared pool and return to it once written.
 */
final class FrameWriter {
  /** Payload is encoded in chunks of this size (a multiple of 4: each starts at mask phase 0). */
  static final int CHUNK = 64 * 1024;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  /** Shared by all connections; thread-safe. */
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] header = new byte[14];

  /** Mask keys drawn in batches; allocated with the first frame. Touched by the writer only. */
  private byte[] keys;

  private int keyIndex;

  // The frame being encoded: set by begin(), its payload taken by encodeChunk().
  private byte[] data;
  private int offset;
  private int length;
  private int done;
  private long keyLong;

  /** Receives the number of payload bytes handed to the network so far. */
  interface Progress {
    void written(long bytes);
  }

  /**
   * Encodes one complete message frame into {@code sink}, writing each chunk through to the network
   * as it goes.
   *
   * @param rsv1 set for a message compressed by permessage-deflate (RFC 7692 §6)
   */
  void writeFrame(
      BufferedSink sink,
      int opcode,
      boolean rsv1,
      byte[] data,
      int offset,
      int length,
      Progress progress)
      throws IOException {
    Buffer buffer = sink.getBuffer();
    begin(buffer, opcode, rsv1, data, offset, length);
    while (!frameDone()) {
      int n = encodeChunk(buffer);
      sink.emitCompleteSegments();
      if (progress != null) {
        progress.written(n);
      }
    }
  }

  /**
   * Writes a frame's header to {@code out} and makes it the frame whose payload {@link
   * #encodeChunk} takes.
   *
   * @param rsv1 set for a message compressed by permessage-deflate (RFC 7692 §6)
   */
  void begin(Buffer out, int opcode, boolean rsv1, byte[] data, int offset, int length) {
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
    out.write(header, 0, h);
    this.data = data;
    this.offset = offset;
    this.length = length;
    this.done = 0;
    this.keyLong = (key & 0xFFFFFFFFL) << 32 | (key & 0xFFFFFFFFL);
  }

  /**
   * Appends the next chunk of the current frame's payload to {@code out}, masked; returns how many
   * payload bytes it took.
   */
  int encodeChunk(Buffer out) {
    // §5.3: octet i of the payload is XORed with octet (i mod 4) of the masking key.
    int n = Math.min(CHUNK, length - done);
    long start = out.size();
    out.write(data, offset + done, n);
    maskInPlace(out, start, keyLong); // every chunk starts at a multiple of 4: phase 0
    done += n;
    if (done == length) {
      data = null; // the payload is the sender's array: do not keep it past its frame
    }
    return n;
  }

  /** The current frame's payload is all encoded. */
  boolean frameDone() {
    return data == null;
  }

  /** XORs the buffer's bytes from {@code start} to its end with the key, 8 bytes at a time. */
  private static void maskInPlace(Buffer buffer, long start, long keyLong) {
    try (Buffer.UnsafeCursor c = buffer.readAndWriteUnsafe(new Buffer.UnsafeCursor())) {
      long payloadIndex = 0;
      for (int got = c.seek(start); got != -1; got = c.next()) {
        // Rotate the key so that its first byte is the one for this segment's first byte.
        long k = Long.rotateLeft(keyLong, 8 * (int) (payloadIndex & 3));
        byte[] d = c.data;
        int i = c.start;
        int end = c.end;
        for (int longsEnd = i + ((end - i) & ~7); i < longsEnd; i += 8) {
          LONGS.set(d, i, (long) LONGS.get(d, i) ^ k);
        }
        for (int j = 0; i < end; i++, j++) {
          d[i] ^= (byte) (k >>> (56 - 8 * (j & 7)));
        }
        payloadIndex += end - c.start;
      }
    }
  }

  private int nextMaskKey() {
    if (keys == null) {
      keys = new byte[64];
      keyIndex = keys.length;
    }
    if (keyIndex + 4 > keys.length) {
      RANDOM.nextBytes(keys);
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
