package io.w3socket.engine;

/**
 * A Web Crypto operation's error (https://w3c.github.io/webcrypto/#SubtleCrypto-Exceptions): the
 * DOMException name the promise rejects with ("OperationError", "DataError", ...) and the message,
 * worded as Chromium 156 words it. Thrown on the crypto thread and carried to the shim as data,
 * never as a Java object.
 */
final class CryptoFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String name;

  CryptoFailure(String name, String message) {
    super(message, null, false, false);
    this.name = name;
  }

  /** The DOMException's name. */
  String name() {
    return name;
  }

  static CryptoFailure operation(String message) {
    return new CryptoFailure("OperationError", message);
  }

  static CryptoFailure data(String message) {
    return new CryptoFailure("DataError", message);
  }
}
