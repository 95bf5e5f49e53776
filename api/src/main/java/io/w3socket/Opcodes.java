package io.w3socket;

/** Frame opcodes and close codes of RFC 6455 (§5.2, §7.4). */
final class Opcodes {
  private Opcodes() {}

  static final int CONTINUATION = 0x0;
  static final int TEXT = 0x1;
  static final int BINARY = 0x2;
  static final int CLOSE = 0x8;
  static final int PING = 0x9;
  static final int PONG = 0xA;

  /** RFC 6455 §7.4.1: a protocol error. */
  static final int PROTOCOL_ERROR = 1002;

  /** RFC 6455 §7.4.1: reserved; "no status code was actually present". Never sent. */
  static final int NO_STATUS_RECEIVED = 1005;

  /** RFC 6455 §7.4.1: reserved; closed abnormally, without a Close frame. Never sent. */
  static final int ABNORMAL_CLOSURE = 1006;

  /** RFC 6455 §7.4.1: data inconsistent with the message type (e.g. non-UTF-8 text). */
  static final int INVALID_PAYLOAD = 1007;

  /** RFC 6455 §7.4.1: a message too big to process. */
  static final int MESSAGE_TOO_BIG = 1009;

  /** RFC 6455 §7.4.1: reserved; a TLS handshake failure. Never sent. */
  static final int TLS_HANDSHAKE = 1015;

  /**
   * Whether a received Close frame's status code fails the connection. RFC 6455 §7.4.1 says 1005,
   * 1006 and 1015 "MUST NOT be set as a status code in a Close control frame by an endpoint"; other
   * unregistered or reserved codes (0–999, 1004, 1016–2999, 5000+) come with no requirement to
   * fail, and Chromium reports them to the page as they are, so this client does too (RFC 6455
   * §7.1.5: the close code is "the status code contained in the first Close control frame
   * received").
   */
  static boolean isForbiddenReceivedCloseCode(int code) {
    return code == NO_STATUS_RECEIVED || code == ABNORMAL_CLOSURE || code == TLS_HANDSHAKE;
  }
}
