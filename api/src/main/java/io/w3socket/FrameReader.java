package io.w3socket;

import java.util.zip.DataFormatException;
import okio.Buffer;

/**
 * Parses server frames (RFC 6455 §5) from bytes as they arrive and reassembles messages, checking
 * everything a client must check: unmasked frames (§5.1), reserved bits (§5.2), known opcodes
 * (§5.2), control frames short and unfragmented (§5.5), continuation order (§5.4), valid UTF-8 text
 * (§8.1) and valid Close frames (§5.5.1, §7.4). Any violation is a {@link ProtocolError}.
 *
 * <p>Whoever reads the connection (its selector thread, or its reader thread) hands every read to
 * {@link #feed}, one read at a time. A data frame's payload moves into the message as it comes; an
 * incomplete header or control frame stays in the input until the rest arrives, so nothing waits
 * inside this class and an idle connection holds no bytes here.
 */
final class FrameReader {
  interface Callback {
    void onText(String text);

    void onBinary(byte[] data);

    void onPing(byte[] payload);

    void onClose(int code, String reason);
  }

  private final PerMessageDeflate deflate;
  private final Callback callback;

  /** The largest message accepted, after decompression ({@link WebSocketOptions}). */
  private final long maxMessage;

  private final Buffer message = new Buffer();
  private int messageOpcode = -1;
  private boolean messageCompressed;

  /** Payload bytes of the current data frame not yet arrived; -1 between frames. */
  private long remaining = -1;

  /** The current data frame is its message's last (FIN). */
  private boolean frameFin;

  /** Checks an uncompressed text message's bytes as they arrive (§8.1); see {@link #payload}. */
  private final Utf8Validator utf8 = new Utf8Validator();

  private boolean validatingUtf8;
  private final Buffer.UnsafeCursor cursor = new Buffer.UnsafeCursor();

  FrameReader(PerMessageDeflate deflate, long maxMessage, Callback callback) {
    this.maxMessage = maxMessage;
    this.deflate = deflate;
    this.callback = callback;
  }

  /**
   * Acts on every complete frame at the head of {@code in} and takes the part of a data frame's
   * payload that has arrived; what is left in {@code in} waits for the next read.
   */
  void feed(Buffer in) throws ProtocolError {
    while (remaining >= 0 ? payload(in) : header(in)) {
      // Each step consumed a header, a control frame or the end of a data frame's payload.
    }
  }

  /**
   * Parses the frame header at the head of {@code in}, once the whole of it (and of a control
   * frame) has arrived; false if more bytes are needed. The checks run again on the same bytes
   * after such a wait; they change nothing until the header is consumed.
   */
  private boolean header(Buffer in) throws ProtocolError {
    if (in.size() < 2) {
      return false;
    }
    int b0 = in.getByte(0) & 0xFF;
    int b1 = in.getByte(1) & 0xFF;
    boolean fin = (b0 & 0x80) != 0;
    boolean rsv1 = (b0 & 0x40) != 0;
    int opcode = b0 & 0x0F;
    boolean control = (opcode & 0x08) != 0;

    // §5.2: RSV2 and RSV3 must be 0 unless an extension defines them; none does here.
    if ((b0 & 0x30) != 0) {
      throw new ProtocolError(Opcodes.PROTOCOL_ERROR, "Reserved bits RSV2/RSV3 set in a frame");
    }
    // §5.1: "A client MUST close a connection if it detects a masked frame."
    if ((b1 & 0x80) != 0) {
      throw new ProtocolError(
          Opcodes.PROTOCOL_ERROR, "A server must not mask any frames that it sends to the client");
    }
    long length = b1 & 0x7F;
    int headerSize = 2;
    if (length == 126) {
      headerSize = 4;
      if (in.size() < headerSize) {
        return false;
      }
      length = (in.getByte(2) & 0xFFL) << 8 | (in.getByte(3) & 0xFFL);
    } else if (length == 127) {
      headerSize = 10;
      if (in.size() < headerSize) {
        return false;
      }
      length = 0;
      for (int i = 2; i < 10; i++) {
        length = length << 8 | (in.getByte(i) & 0xFFL);
      }
      if (length < 0) {
        // §5.2: "the most significant bit MUST be 0" — a protocol error (Chromium too sends 1002);
        // 2^63 − 1 and below are checked against the maximum message size further down (1009).
        throw new ProtocolError(
            Opcodes.PROTOCOL_ERROR,
            "The most significant bit of a 64-bit payload length must be 0");
      }
    }

    if (control) {
      return controlFrame(in, headerSize, opcode, fin, rsv1, length);
    }
    switch (opcode) {
      case Opcodes.CONTINUATION:
        if (messageOpcode < 0) {
          throw new ProtocolError(
              Opcodes.PROTOCOL_ERROR, "A continuation frame arrived with no message to continue");
        }
        // RFC 7692 §6: RSV1 is set on the first frame of a compressed message only.
        if (rsv1) {
          throw new ProtocolError(Opcodes.PROTOCOL_ERROR, "RSV1 set on a continuation frame");
        }
        break;
      case Opcodes.TEXT:
      case Opcodes.BINARY:
        if (messageOpcode >= 0) {
          throw new ProtocolError(
              Opcodes.PROTOCOL_ERROR,
              "A new data frame arrived while a fragmented message was incomplete");
        }
        if (rsv1 && deflate == null) {
          throw new ProtocolError(
              Opcodes.PROTOCOL_ERROR, "RSV1 set but no extension was negotiated");
        }
        break;
      default:
        throw new ProtocolError(Opcodes.PROTOCOL_ERROR, "Unknown opcode " + opcode);
    }
    // §7.4.1 1009: checked on the header, before any payload byte is read or buffered.
    if (message.size() + length > maxMessage) {
      throw new ProtocolError(
          Opcodes.MESSAGE_TOO_BIG,
          "Message larger than the maximum message size of " + maxMessage + " bytes");
    }
    if (opcode != Opcodes.CONTINUATION) {
      messageOpcode = opcode;
      messageCompressed = rsv1;
      // §8.1: uncompressed text is checked as it arrives; compressed text once inflated.
      validatingUtf8 = opcode == Opcodes.TEXT && !rsv1;
      utf8.reset();
    }
    take(in, headerSize);
    remaining = length;
    frameFin = fin;
    return true;
  }

  /**
   * Appends the part of the current data frame's payload that has arrived to the message; true once
   * the frame is complete (and, with FIN, its message delivered). Uncompressed text is validated as
   * each part arrives, so invalid UTF-8 fails the connection as soon as it arrives (RFC 6455 §8.1),
   * even in the middle of a frame or of a fragmented message whose end never comes.
   */
  private boolean payload(Buffer in) throws ProtocolError {
    long n = Math.min(remaining, in.size());
    if (n > 0) {
      long start = message.size();
      message.write(in, n);
      remaining -= n;
      if (validatingUtf8) {
        checkUtf8(start, start + n);
      }
    }
    if (remaining > 0) {
      return false;
    }
    remaining = -1;
    if (frameFin) {
      deliverMessage();
    }
    return true;
  }

  /** Feeds the message's bytes {@code [from, to)} to the validator, segment by segment. */
  private void checkUtf8(long from, long to) throws ProtocolError {
    message.readUnsafe(cursor);
    try {
      for (int available = cursor.seek(from); from < to; available = cursor.next()) {
        int take = (int) Math.min(available, to - from);
        if (!utf8.feed(cursor.data, cursor.start, cursor.start + take)) {
          throw new ProtocolError(Opcodes.INVALID_PAYLOAD, "Text message is not valid UTF-8");
        }
        from += take;
      }
    } finally {
      cursor.close();
    }
  }

  /** Acts on a control frame once all of it has arrived; false while its payload is incomplete. */
  private boolean controlFrame(
      Buffer in, int headerSize, int opcode, boolean fin, boolean rsv1, long length)
      throws ProtocolError {
    // §5.5: control frames have a payload of at most 125 bytes and are never fragmented.
    if (!fin) {
      throw new ProtocolError(Opcodes.PROTOCOL_ERROR, "Control frames must not be fragmented");
    }
    if (length > 125) {
      throw new ProtocolError(
          Opcodes.PROTOCOL_ERROR, "Control frame payload longer than 125 bytes");
    }
    if (rsv1) {
      throw new ProtocolError(Opcodes.PROTOCOL_ERROR, "RSV1 set on a control frame");
    }
    if (in.size() < headerSize + length) {
      return false;
    }
    take(in, headerSize);
    byte[] payload = new byte[(int) length];
    take(in, payload);
    switch (opcode) {
      case Opcodes.PING:
        callback.onPing(payload);
        break;
      case Opcodes.PONG:
        break; // §5.5.3: an unsolicited Pong needs no response.
      case Opcodes.CLOSE:
        readClose(payload);
        break;
      default:
        throw new ProtocolError(Opcodes.PROTOCOL_ERROR, "Unknown opcode " + opcode);
    }
    return true;
  }

  /** Skips {@code n} bytes that the caller has seen are there. */
  private static void take(Buffer in, long n) {
    try {
      in.skip(n);
    } catch (java.io.EOFException e) {
      throw new IllegalStateException(e); // the caller checked the size
    }
  }

  /** Reads {@code into.length} bytes that the caller has seen are there. */
  private static void take(Buffer in, byte[] into) {
    try {
      in.readFully(into);
    } catch (java.io.EOFException e) {
      throw new IllegalStateException(e); // the caller checked the size
    }
  }

  private void readClose(byte[] payload) throws ProtocolError {
    // §5.5.1: an empty body means no status code (reported as 1005, §7.1.5).
    if (payload.length == 0) {
      callback.onClose(Opcodes.NO_STATUS_RECEIVED, "");
      return;
    }
    if (payload.length == 1) {
      throw new ProtocolError(Opcodes.PROTOCOL_ERROR, "Close frame with a 1-byte body");
    }
    int code = (payload[0] & 0xFF) << 8 | (payload[1] & 0xFF);
    if (Opcodes.isForbiddenReceivedCloseCode(code)) {
      throw new ProtocolError(
          Opcodes.PROTOCOL_ERROR, "Close frame with the reserved status code " + code);
    }
    String reason = Utf8.decodeStrict(payload, 2, payload.length - 2);
    if (reason == null) {
      throw new ProtocolError(Opcodes.INVALID_PAYLOAD, "Close frame reason is not valid UTF-8");
    }
    callback.onClose(code, reason);
  }

  private void deliverMessage() throws ProtocolError {
    int opcode = messageOpcode;
    messageOpcode = -1;
    if (validatingUtf8) {
      validatingUtf8 = false;
      if (!utf8.complete()) {
        throw new ProtocolError(
            Opcodes.INVALID_PAYLOAD, "Text message ends inside a UTF-8 sequence");
      }
      callback.onText(message.readUtf8()); // already validated: decoding cannot substitute
      return;
    }
    byte[] data = message.readByteArray();
    if (messageCompressed) {
      try {
        data = deflate.decompress(data, maxMessage);
      } catch (DataFormatException e) {
        throw new ProtocolError(
            Opcodes.INVALID_PAYLOAD, "Invalid compressed data: " + e.getMessage());
      }
    }
    if (opcode == Opcodes.TEXT) {
      // §8.1: text must be valid UTF-8, or the endpoint fails the connection (1007).
      String text = Utf8.decodeStrict(data, 0, data.length);
      if (text == null) {
        throw new ProtocolError(Opcodes.INVALID_PAYLOAD, "Text message is not valid UTF-8");
      }
      callback.onText(text);
    } else {
      callback.onBinary(data);
    }
  }
}
