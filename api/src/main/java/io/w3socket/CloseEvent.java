package io.w3socket;

/**
 * A {@code CloseEvent} (WebSockets #the-closeevent-interface), fired exactly once as {@code close}
 * when the WebSocket connection is closed.
 */
public class CloseEvent extends Event {
  private final boolean wasClean;
  private final int code;
  private final String reason;

  /**
   * Creates a close event.
   *
   * @param type the event type, normally {@code "close"}
   * @param wasClean whether the connection closed cleanly (RFC 6455 §7.1.4)
   * @param code the WebSocket connection close code (RFC 6455 §7.1.5)
   * @param reason the WebSocket connection close reason (RFC 6455 §7.1.6)
   */
  public CloseEvent(String type, boolean wasClean, int code, String reason) {
    super(type);
    this.wasClean = wasClean;
    this.code = code;
    this.reason = reason == null ? "" : reason;
  }

  /** Returns true if the closing handshake completed and the TCP connection then closed. */
  public boolean isWasClean() {
    return wasClean;
  }

  /** Returns the close code: the peer's, 1005 when its Close frame had none, 1006 when abnormal. */
  public int getCode() {
    return code;
  }

  /** Returns the close reason sent by the peer, or {@code ""}. */
  public String getReason() {
    return reason;
  }

  @Override
  public String toString() {
    return "CloseEvent[type="
        + getType()
        + ", wasClean="
        + wasClean
        + ", code="
        + code
        + ", reason="
        + reason
        + "]";
  }
}
