package io.w3socket;

import java.io.EOFException;
import java.io.IOException;
import java.util.zip.DataFormatException;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads server frames (RFC 6455 §5) and reassembles messages, checking everything a client must
 * check: unmasked frames (§5.1), reserved bits (§5.2), known opcodes (§5.2), control frames short
 * and unfragmented (§5.5), continuation order (§5.4), valid UTF-8 text (§8.1) and valid Close
 * frames (§5.5.1, §7.4). Any violation is a {@link ProtocolError}.
 */
final class FrameReader {
  /** The largest message a Java array can hold. */
  static final long MAX_MESSAGE = Integer.MAX_VALUE - 8;

  interface Callback {
    void onText(String text);

    void onBinary(byte[] data);

    void onPing(byte[] payload);

    void onClose(int code, String reason);
  }

  private final BufferedSource source;
  private final PerMessageDeflate deflate;
  private final Callback callback;
  private final Buffer message = new Buffer();
  private int messageOpcode = -1;
  private boolean messageCompressed;

  /**
   * Checks an uncompressed text message's bytes as they arrive (§8.1); see {@link #readPayload}.
   */
  private final Utf8Validator utf8 = new Utf8Validator();

  private boolean validatingUtf8;
  private final Buffer.UnsafeCursor cursor = new Buffer.UnsafeCursor();

  FrameReader(BufferedSource source, PerMessageDeflate deflate, Callback callback) {
    this.source = source;
    this.deflate = deflate;
    this.callback = callback;
  }

  /** Reads one frame and acts on it. */
  void readFrame() throws IOException, ProtocolError {
    int b0 = source.readByte() & 0xFF;
    int b1 = source.readByte() & 0xFF;
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
    if (length == 126) {
      length = source.readShort() & 0xFFFFL;
    } else if (length == 127) {
      length = source.readLong();
      if (length < 0) {
        throw new ProtocolError(
            Opcodes.PROTOCOL_ERROR,
            "The most significant bit of a 64-bit payload length must be 0");
      }
    }

    if (control) {
      readControlFrame(opcode, fin, rsv1, length);
      return;
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
        messageOpcode = opcode;
        messageCompressed = rsv1;
        // §8.1: uncompressed text is checked as it arrives; compressed text once inflated.
        validatingUtf8 = opcode == Opcodes.TEXT && !rsv1;
        utf8.reset();
        break;
      default:
        throw new ProtocolError(Opcodes.PROTOCOL_ERROR, "Unknown opcode " + opcode);
    }
    if (message.size() + length > FrameReader.MAX_MESSAGE) {
      throw new ProtocolError(
          Opcodes.MESSAGE_TOO_BIG, "Message larger than " + MAX_MESSAGE + " bytes");
    }
    readPayload(length);
    if (fin) {
      deliverMessage();
    }
  }

  /**
   * Appends a data frame's payload to the message. Uncompressed text is validated as each read
   * returns, so invalid UTF-8 fails the connection as soon as it arrives (RFC 6455 §8.1), even in
   * the middle of a frame or of a fragmented message whose end never comes.
   */
  private void readPayload(long length) throws IOException, ProtocolError {
    if (!validatingUtf8) {
      source.readFully(message, length);
      return;
    }
    long remaining = length;
    while (remaining > 0) {
      long start = message.size();
      long n = source.read(message, remaining);
      if (n == -1) {
        throw new EOFException("The connection ended inside a frame");
      }
      remaining -= n;
      checkUtf8(start, start + n);
    }
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

  private void readControlFrame(int opcode, boolean fin, boolean rsv1, long length)
      throws IOException, ProtocolError {
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
    byte[] payload = source.readByteArray(length);
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
        data = deflate.decompress(data, MAX_MESSAGE);
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
