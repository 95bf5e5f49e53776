package io.w3socket.tck;

/**
 * A socket under test, as the TCK drives it: the attributes and methods of the WHATWG {@code
 * WebSocket} interface (WebSockets #interface-definition). Each method calls the implementation
 * directly and lets its exceptions through.
 *
 * <p>The optional parts ({@link #sendBlob}, the event target methods) throw {@link
 * UnsupportedOperationException} by default; the TCK then skips the cases that need them.
 */
public interface TckSocket {

  /** Returns the {@code url} attribute. */
  String url();

  /** Returns {@code readyState}: 0 CONNECTING, 1 OPEN, 2 CLOSING, 3 CLOSED. */
  int readyState();

  /** Returns {@code bufferedAmount}. */
  long bufferedAmount();

  /** Returns {@code protocol}. */
  String protocol();

  /** Returns {@code extensions}. */
  String extensions();

  /** Returns {@code binaryType}: {@code "blob"} or {@code "arraybuffer"}. */
  String binaryType();

  /**
   * Assigns {@code binaryType}.
   *
   * @param value the value, possibly not a valid enumeration value
   */
  void binaryType(String value);

  /**
   * Calls {@code send(USVString)}.
   *
   * @param text the text, possibly with lone surrogates
   */
  void send(String text);

  /**
   * Calls {@code send(ArrayBuffer)}.
   *
   * @param bytes the bytes
   */
  void send(byte[] bytes);

  /**
   * Calls {@code send(Blob)} with a Blob holding {@code bytes}.
   *
   * @param bytes the Blob's content
   * @throws UnsupportedOperationException if the implementation has no Blob
   */
  default void sendBlob(byte[] bytes) {
    throw new UnsupportedOperationException("send(Blob)");
  }

  /** Calls {@code close()} with neither code nor reason. */
  void close();

  /**
   * Calls {@code close(code)}.
   *
   * @param code the close code
   */
  void close(int code);

  /**
   * Calls {@code close(code, reason)}.
   *
   * @param code the close code
   * @param reason the reason
   */
  void close(int code, String reason);

  /**
   * Releases what the socket still holds once a case is over (the TCK calls {@code close()} first
   * if it is not CLOSED). Not part of the standard: an adapter may cancel the connection here so
   * that sockets left waiting do not pile up. Does nothing by default.
   */
  default void dispose() {}

  /**
   * Returns whether the {@code on<type>} event handler attribute is non-null (HTML
   * #event-handler-attributes).
   *
   * @param type {@code open}, {@code message}, {@code error} or {@code close}
   * @return true if the handler is set
   * @throws UnsupportedOperationException if the adapter does not expose event handlers
   */
  default boolean hasHandler(String type) {
    throw new UnsupportedOperationException("event handler attributes");
  }

  /**
   * Sets the {@code on<type>} event handler attribute; null clears it.
   *
   * @param type the event type
   * @param callback the handler, or null
   * @throws UnsupportedOperationException if the adapter does not expose event handlers
   */
  default void setHandler(String type, TckCallback callback) {
    throw new UnsupportedOperationException("event handler attributes");
  }

  /**
   * Calls {@code addEventListener(type, callback)} (DOM #dom-eventtarget-addeventlistener). The
   * same callback object must map to the same listener, so that adding it twice or removing it
   * works as in the DOM.
   *
   * @param type the event type
   * @param callback the listener
   * @throws UnsupportedOperationException if the adapter does not expose the event target
   */
  default void addEventListener(String type, TckCallback callback) {
    throw new UnsupportedOperationException("addEventListener");
  }

  /**
   * Calls {@code removeEventListener(type, callback)} (DOM #dom-eventtarget-removeeventlistener).
   *
   * @param type the event type
   * @param callback the listener given to {@link #addEventListener}
   * @throws UnsupportedOperationException if the adapter does not expose the event target
   */
  default void removeEventListener(String type, TckCallback callback) {
    throw new UnsupportedOperationException("removeEventListener");
  }
}
