package io.w3socket;

import java.nio.ByteBuffer;

/**
 * A {@code MessageEvent} (HTML #the-messageevent-interface), fired as {@code message} for each
 * WebSocket message received while the socket is OPEN (WebSockets #feedback-from-the-protocol).
 */
public class MessageEvent extends Event {
  private final Object data;
  private final String origin;

  /**
   * Creates a message event.
   *
   * @param type the event type, normally {@code "message"}
   * @param data a {@link String}, a {@link Blob} or a read-only {@link ByteBuffer}
   * @param origin the serialized origin of the sender
   */
  public MessageEvent(String type, Object data, String origin) {
    super(type);
    this.data = data;
    this.origin = origin == null ? "" : origin;
  }

  /**
   * Returns the message: a {@link String} for a text message; for a binary message a {@link Blob}
   * when {@code binaryType} was {@code "blob"} or a read-only {@link ByteBuffer} (the ArrayBuffer)
   * when it was {@code "arraybuffer"}, when the event's task ran.
   */
  public Object getData() {
    return data;
  }

  /**
   * Returns the serialization of the WebSocket URL's origin, e.g. {@code ws://example.com:8080}.
   */
  public String getOrigin() {
    return origin;
  }

  /** Always {@code ""} for WebSocket messages. */
  public String getLastEventId() {
    return "";
  }
}
