package io.w3socket;

/** A reason to fail the WebSocket connection (RFC 6455 §7.1.7), with the Close code to send. */
final class ProtocolError extends Exception {
  private static final long serialVersionUID = 1L;

  final int closeCode;

  ProtocolError(int closeCode, String message) {
    super(message);
    this.closeCode = closeCode;
  }
}
