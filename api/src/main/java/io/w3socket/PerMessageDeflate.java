package io.w3socket;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The permessage-deflate extension (RFC 7692) as negotiated by one connection: what to offer, how
 * to check the server's answer (§5, §7.1), and compressing and decompressing messages (§7.2).
 *
 * <p>Like a browser this client offers {@code permessage-deflate; client_max_window_bits}. The
 * JDK's {@link Deflater} always uses a 32 KiB window, so when the server limits the client's window
 * below 15 bits the client simply sends every message uncompressed, which §6 permits.
 */
final class PerMessageDeflate {
  static final String OFFER = "permessage-deflate; client_max_window_bits";

  /** Messages shorter than this go out uncompressed: deflate would not pay for itself. */
  private static final int MIN_COMPRESS = 256;

  /**
   * Messages from this size on are compressed only if a sample of {@link #SAMPLE} bytes shrinks.
   */
  private static final int SAMPLE_FROM = 64 * 1024;

  private static final int SAMPLE = 4096;

  private static final byte[] TAIL = {0x00, 0x00, (byte) 0xFF, (byte) 0xFF};

  private final boolean serverNoContextTakeover;
  private final boolean clientNoContextTakeover;
  private final boolean mayCompress;
  // The compression side is the writer's, the decompression side the reader's; end() may come from
  // the reader while the writer still runs. Each side is guarded by its own lock; both are created
  // on first use and end()ed once the connection is over, so an idle connection holds no zlib
  // stream and a closed one frees its native memory at once rather than when GC finds it.
  private final Object deflateLock = new Object();
  private final Object inflateLock = new Object();

  // Guarded by deflateLock.
  private Deflater deflater;
  private Deflater sampler;
  private byte[] sampleOut;
  private boolean deflateEnded;

  // Guarded by inflateLock.
  private Inflater inflater;
  private boolean inflateEnded;

  private PerMessageDeflate(
      boolean serverNoContextTakeover, boolean clientNoContextTakeover, boolean mayCompress) {
    this.serverNoContextTakeover = serverNoContextTakeover;
    this.clientNoContextTakeover = clientNoContextTakeover;
    this.mayCompress = mayCompress;
  }

  /**
   * Validates the parameters of the server's permessage-deflate response (RFC 7692 §7.1): each
   * known parameter at most once with a valid value, no unknown parameter.
   *
   * @param params the parameters, each {@code name} or {@code name=value}
   * @return the negotiated extension
   * @throws IllegalArgumentException naming the offending parameter
   */
  static PerMessageDeflate accept(Iterable<String[]> params) {
    boolean serverNoContext = false;
    boolean clientNoContext = false;
    boolean serverBits = false;
    int clientBits = -1;
    for (String[] p : params) {
      String name = p[0];
      String value = p[1];
      switch (name) {
        case "server_no_context_takeover":
          requireNoValue(name, value, serverNoContext);
          serverNoContext = true;
          break;
        case "client_no_context_takeover":
          requireNoValue(name, value, clientNoContext);
          clientNoContext = true;
          break;
        case "server_max_window_bits":
          if (serverBits) {
            throw new IllegalArgumentException(
                "permessage-deflate parameter '" + name + "' repeated");
          }
          windowBits(name, value);
          serverBits = true;
          break;
        case "client_max_window_bits":
          if (clientBits != -1) {
            throw new IllegalArgumentException(
                "permessage-deflate parameter '" + name + "' repeated");
          }
          clientBits = windowBits(name, value);
          break;
        default:
          throw new IllegalArgumentException("unknown permessage-deflate parameter '" + name + "'");
      }
    }
    return new PerMessageDeflate(
        serverNoContext, clientNoContext, clientBits == -1 || clientBits == 15);
  }

  private static void requireNoValue(String name, String value, boolean seen) {
    if (seen) {
      throw new IllegalArgumentException("permessage-deflate parameter '" + name + "' repeated");
    }
    if (value != null) {
      throw new IllegalArgumentException(
          "permessage-deflate parameter '" + name + "' takes no value");
    }
  }

  private static int windowBits(String name, String value) {
    if (value != null && value.matches("[0-9]{1,2}")) {
      int bits = Integer.parseInt(value);
      if (bits >= 8 && bits <= 15) {
        return bits;
      }
    }
    throw new IllegalArgumentException(
        "permessage-deflate parameter '"
            + name
            + "' must be a number from 8 to 15, was "
            + (value == null ? "absent" : "'" + value + "'"));
  }

  /** Whether a message should be sent compressed; called by the writer thread only. */
  boolean shouldCompress(byte[] data, int offset, int length) {
    if (!mayCompress || length < MIN_COMPRESS) {
      return false;
    }
    synchronized (deflateLock) {
      if (deflateEnded) {
        return false;
      }
      if (length < SAMPLE_FROM) {
        return true;
      }
      // A large message: deflate a sample first, so incompressible data (media, encrypted or
      // already-compressed payloads) does not cost a full deflate pass only to be sent as it is.
      if (sampler == null) {
        sampler = new Deflater(Deflater.BEST_SPEED, true);
        sampleOut = new byte[SAMPLE + 64];
      }
      sampler.setInput(data, offset, SAMPLE);
      sampler.finish();
      int n = sampler.deflate(sampleOut);
      boolean finished = sampler.finished();
      sampler.reset();
      return finished && n < SAMPLE * 9 / 10;
    }
  }

  /**
   * RFC 7692 §7.2.1: compress, flush with an empty stored block, drop the 00 00 FF FF tail.
   *
   * @return the compressed payload, or null when compressing does not make it smaller; the message
   *     then goes out uncompressed and the compression context restarts (the peer never saw these
   *     bytes, so later messages must not refer back to them)
   */
  byte[] compress(byte[] data, int offset, int length) {
    synchronized (deflateLock) {
      return deflateEnded ? null : compressLocked(data, offset, length);
    }
  }

  private byte[] compressLocked(byte[] data, int offset, int length) {
    if (deflater == null) {
      deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    }
    deflater.setInput(data, offset, length);
    byte[] out = new byte[Math.max(64, length / 2 + 64)];
    int n = 0;
    while (true) {
      n += deflater.deflate(out, n, out.length - n, Deflater.SYNC_FLUSH);
      if (n < out.length) {
        break;
      }
      out = Arrays.copyOf(out, out.length * 2);
    }
    if (clientNoContextTakeover || n - TAIL.length >= length) {
      deflater.reset();
    }
    if (n - TAIL.length >= length) {
      return null;
    }
    // The sync flush ends with 00 00 FF FF; §7.2.1 step 2 removes it.
    return Arrays.copyOf(out, n - TAIL.length);
  }

  /**
   * RFC 7692 §7.2.2: append 00 00 FF FF and inflate, never producing more than {@code maxLength}
   * bytes: a message that inflates past it (a compression bomb) stops there.
   *
   * @throws DataFormatException if the data is not a valid DEFLATE stream
   * @throws ProtocolError 1009 if the message inflates to more than {@code maxLength} bytes
   */
  byte[] decompress(byte[] data, long maxLength) throws DataFormatException, ProtocolError {
    synchronized (inflateLock) {
      if (inflateEnded) {
        throw new DataFormatException("the connection is closed");
      }
      return decompressLocked(data, maxLength);
    }
  }

  private byte[] decompressLocked(byte[] data, long maxLength)
      throws DataFormatException, ProtocolError {
    if (inflater == null) {
      inflater = new Inflater(true);
    }
    byte[] input = Arrays.copyOf(data, data.length + TAIL.length);
    System.arraycopy(TAIL, 0, input, data.length, TAIL.length);
    inflater.setInput(input);
    // Room for maxLength + 1 bytes at most: the extra byte tells "exactly the limit" from "more".
    long room = maxLength + 1;
    byte[] out = new byte[(int) Math.min(room, Math.max(256, data.length * 3L))];
    int n = 0;
    while (true) {
      if (n == out.length) {
        out = Arrays.copyOf(out, (int) Math.min(room, out.length * 2L));
      }
      int got = inflater.inflate(out, n, out.length - n);
      n += got;
      if (n > maxLength) {
        inflater.reset(); // the connection fails; the context is never used again
        throw new ProtocolError(
            Opcodes.MESSAGE_TOO_BIG,
            "Compressed message inflates to more than the maximum message size of "
                + maxLength
                + " bytes");
      }
      // With room left in out, zlib has produced all it can from the input it was given.
      if (n < out.length && (inflater.needsInput() || inflater.finished())) {
        break;
      }
      if (got == 0 && inflater.needsDictionary()) {
        throw new DataFormatException("a preset dictionary is not allowed");
      }
    }
    if (serverNoContextTakeover || inflater.finished()) {
      inflater.reset();
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * Frees the compression contexts; called once the connection is over (RFC 7692 §7.2: the contexts
   * live as long as the connection). Afterwards nothing is compressed. Idempotent.
   */
  void end() {
    synchronized (deflateLock) {
      deflateEnded = true;
      if (deflater != null) {
        deflater.end();
        deflater = null;
      }
      if (sampler != null) {
        sampler.end();
        sampler = null;
        sampleOut = null;
      }
    }
    synchronized (inflateLock) {
      inflateEnded = true;
      if (inflater != null) {
        inflater.end();
        inflater = null;
      }
    }
  }

  /** Whether {@link #end} ran; for tests. */
  boolean ended() {
    synchronized (deflateLock) {
      return deflateEnded;
    }
  }
}
