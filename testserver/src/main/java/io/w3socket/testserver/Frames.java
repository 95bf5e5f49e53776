package io.w3socket.testserver;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;

/**
 * Raw RFC 6455 frame bytes, built by hand so that the server can write exactly what it wants
 * (including frames that Netty's encoder would refuse to produce).
 */
final class Frames {
  // RFC 6455 §5.2 / §11.8: opcodes.
  static final int CONTINUATION = 0x0;
  static final int TEXT = 0x1;
  static final int BINARY = 0x2;
  static final int CLOSE = 0x8;
  static final int PING = 0x9;
  static final int PONG = 0xA;

  static final int FIN = 0x80;
  static final int RSV1 = 0x40;
  static final int RSV2 = 0x20;
  static final int RSV3 = 0x10;

  /** Bytes of the deterministic binary pattern, long enough to slice any 64 KiB window from. */
  private static final int CHUNK = 64 * 1024;

  private static final byte[] BINARY_PATTERN = new byte[CHUNK + 256];
  private static final byte[] TEXT_PATTERN = new byte[CHUNK + 26];

  static {
    for (int i = 0; i < BINARY_PATTERN.length; i++) {
      BINARY_PATTERN[i] = binaryByte(i);
    }
    for (int i = 0; i < TEXT_PATTERN.length; i++) {
      TEXT_PATTERN[i] = textByte(i);
    }
  }

  private Frames() {}

  /** Byte {@code i} of a server-generated binary message. */
  static byte binaryByte(long i) {
    return (byte) ((i * 31 + 7) & 0xFF);
  }

  /** Byte {@code i} of a server-generated text message (ASCII, so valid UTF-8 at any split). */
  static byte textByte(long i) {
    return (byte) ('a' + (int) (i % 26));
  }

  /** Largest chunk {@link #pattern} returns. */
  static int maxChunk() {
    return CHUNK;
  }

  /**
   * Bytes {@code [offset, offset + len)} of the deterministic pattern of a message, without
   * copying. {@code len} must not exceed {@link #maxChunk()}.
   */
  static ByteBuf pattern(boolean text, long offset, int len) {
    if (len > CHUNK) {
      throw new IllegalArgumentException("chunk too large: " + len);
    }
    if (text) {
      return Unpooled.wrappedBuffer(TEXT_PATTERN, (int) (offset % 26), len);
    }
    return Unpooled.wrappedBuffer(BINARY_PATTERN, (int) (offset % 256), len);
  }

  /** A whole pattern message as a byte array (for small sizes and tests). */
  static byte[] patternBytes(boolean text, int size) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = text ? textByte(i) : binaryByte(i);
    }
    return b;
  }

  /**
   * A frame header (RFC 6455 §5.2) using the minimal payload length encoding.
   *
   * @param b0 first byte: FIN, RSV1-3 and opcode
   * @param length payload length
   * @param mask masking key or {@code null} for an unmasked (server) frame
   */
  static byte[] header(int b0, long length, byte[] mask) {
    int maskBit = mask == null ? 0 : 0x80;
    int extra = mask == null ? 0 : 4;
    byte[] h;
    int pos;
    if (length < 126) {
      h = new byte[2 + extra];
      h[1] = (byte) (maskBit | (int) length);
      pos = 2;
    } else if (length <= 0xFFFF) {
      h = new byte[4 + extra];
      h[1] = (byte) (maskBit | 126);
      h[2] = (byte) (length >>> 8);
      h[3] = (byte) length;
      pos = 4;
    } else {
      h = new byte[10 + extra];
      h[1] = (byte) (maskBit | 127);
      for (int i = 0; i < 8; i++) {
        h[2 + i] = (byte) (length >>> (56 - 8 * i));
      }
      pos = 10;
    }
    h[0] = (byte) b0;
    if (mask != null) {
      System.arraycopy(mask, 0, h, pos, 4);
    }
    return h;
  }

  /** A complete unmasked frame. */
  static byte[] frame(int b0, byte[] payload) {
    byte[] h = header(b0, payload.length, null);
    byte[] f = new byte[h.length + payload.length];
    System.arraycopy(h, 0, f, 0, h.length);
    System.arraycopy(payload, 0, f, h.length, payload.length);
    return f;
  }

  /** A complete masked frame (RFC 6455 §5.3), as a client would send it. */
  static byte[] maskedFrame(int b0, byte[] payload, byte[] mask) {
    byte[] h = header(b0, payload.length, mask);
    byte[] f = new byte[h.length + payload.length];
    System.arraycopy(h, 0, f, 0, h.length);
    for (int i = 0; i < payload.length; i++) {
      f[h.length + i] = (byte) (payload[i] ^ mask[i % 4]);
    }
    return f;
  }

  /** An unmasked frame as a buffer. */
  static ByteBuf frameBuf(int b0, byte[] payload) {
    return Unpooled.wrappedBuffer(frame(b0, payload));
  }

  /**
   * A Close frame body (RFC 6455 §5.5.1): 2-byte code then UTF-8 reason; empty when code &lt; 0.
   */
  static byte[] closeBody(int code, String reason) {
    if (code < 0) {
      return new byte[0];
    }
    byte[] r = reason == null ? new byte[0] : reason.getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[2 + r.length];
    body[0] = (byte) (code >>> 8);
    body[1] = (byte) code;
    System.arraycopy(r, 0, body, 2, r.length);
    return body;
  }

  /** Whether {@code bytes} contain a complete Close frame when parsed as a sequence of frames. */
  static boolean containsClose(byte[] bytes) {
    int pos = 0;
    while (pos + 2 <= bytes.length) {
      int opcode = bytes[pos] & 0x0F;
      boolean masked = (bytes[pos + 1] & 0x80) != 0;
      long len = bytes[pos + 1] & 0x7F;
      pos += 2;
      if (len == 126) {
        if (pos + 2 > bytes.length) {
          return false;
        }
        len = ((bytes[pos] & 0xFF) << 8) | (bytes[pos + 1] & 0xFF);
        pos += 2;
      } else if (len == 127) {
        if (pos + 8 > bytes.length) {
          return false;
        }
        len = 0;
        for (int i = 0; i < 8; i++) {
          len = (len << 8) | (bytes[pos + i] & 0xFF);
        }
        pos += 8;
      }
      if (masked) {
        pos += 4;
      }
      if (opcode == CLOSE) {
        return true;
      }
      if (len < 0 || pos + len > bytes.length) {
        return false;
      }
      pos += (int) len;
    }
    return false;
  }

  /** Parses hex digits, ignoring ASCII whitespace; returns {@code null} when malformed. */
  static byte[] parseHex(String s) {
    StringBuilder digits = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        continue;
      }
      if (Character.digit(c, 16) < 0) {
        return null;
      }
      digits.append(c);
    }
    if (digits.length() % 2 != 0) {
      return null;
    }
    byte[] out = new byte[digits.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          (byte)
              ((Character.digit(digits.charAt(2 * i), 16) << 4)
                  | Character.digit(digits.charAt(2 * i + 1), 16));
    }
    return out;
  }
}
