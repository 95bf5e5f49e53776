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

  /** RFC 6455 §7.4.1: normal closure. */
  static final int NORMAL_CLOSURE = 1000;

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

  /**
   * Whether a peer may send {@code code} in a Close frame (RFC 6455 §7.4.1, §7.4.2 and the IANA
   * registry): 1000–1003, 1007–1014, and 3000–4999. 1004, 1005, 1006 and 1015 are reserved.
   */
  static boolean isValidReceivedCloseCode(int code) {
    return (code >= 1000 && code <= 1003)
        || (code >= 1007 && code <= 1014)
        || (code >= 3000 && code <= 4999);
  }
}
