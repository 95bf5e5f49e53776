package io.w3socket.tck;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An event as dispatched by the implementation, converted by the adapter.
 *
 * @param type {@code open}, {@code message}, {@code error} or {@code close}
 * @param text a text message's data, else null
 * @param bytes a binary message's data, else null
 * @param binaryKind for a binary message, what {@code data} was: {@code "blob"} or {@code
 *     "arraybuffer"}; else null
 * @param wasClean the CloseEvent's {@code wasClean}
 * @param code the CloseEvent's {@code code}, else 0
 * @param reason the CloseEvent's {@code reason}, else null
 * @param trusted the event's {@code isTrusted}
 */
public record TckEvent(
    String type,
    String text,
    byte[] bytes,
    String binaryKind,
    boolean wasClean,
    int code,
    String reason,
    boolean trusted) {

  /**
   * Checks the type.
   *
   * @param type the event type
   * @param text a text message's data
   * @param bytes a binary message's data
   * @param binaryKind "blob" or "arraybuffer" for a binary message
   * @param wasClean the close event's wasClean
   * @param code the close event's code
   * @param reason the close event's reason
   * @param trusted isTrusted
   */
  public TckEvent {
    Objects.requireNonNull(type, "type");
  }

  /** Returns an {@code open} event. */
  public static TckEvent open() {
    return new TckEvent("open", null, null, null, false, 0, null, true);
  }

  /** Returns an {@code error} event. */
  public static TckEvent error() {
    return new TckEvent("error", null, null, null, false, 0, null, true);
  }

  /**
   * Returns a {@code message} event for a text message.
   *
   * @param data the message
   * @return the event
   */
  public static TckEvent text(String data) {
    return new TckEvent(
        "message", Objects.requireNonNull(data, "data"), null, null, false, 0, null, true);
  }

  /**
   * Returns a {@code message} event for a binary message.
   *
   * @param data the message's bytes
   * @param kind {@code "blob"} if {@code data} was a Blob, {@code "arraybuffer"} if an ArrayBuffer
   * @return the event
   */
  public static TckEvent binary(byte[] data, String kind) {
    return new TckEvent(
        "message", null, Objects.requireNonNull(data, "data"), kind, false, 0, null, true);
  }

  /**
   * Returns a {@code close} event.
   *
   * @param wasClean {@code wasClean}
   * @param code {@code code}
   * @param reason {@code reason}
   * @return the event
   */
  public static TckEvent close(boolean wasClean, int code, String reason) {
    return new TckEvent("close", null, null, null, wasClean, code, reason, true);
  }

  /**
   * Returns this event with another {@code isTrusted}.
   *
   * @param isTrusted the value
   * @return the copy
   */
  public TckEvent withTrusted(boolean isTrusted) {
    return new TckEvent(type, text, bytes, binaryKind, wasClean, code, reason, isTrusted);
  }

  /** Returns whether this is a binary message. */
  public boolean isBinary() {
    return bytes != null;
  }

  @Override
  public String toString() {
    switch (type) {
      case "message":
        return text != null
            ? "message(text " + abbreviate(text) + ")"
            : "message(" + binaryKind + " " + bytes.length + " bytes)";
      case "close":
        return "close(" + code + ", \"" + reason + "\", wasClean=" + wasClean + ")";
      default:
        return type;
    }
  }

  private static String abbreviate(String s) {
    String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return "\"" + shown + "\" (" + s.getBytes(StandardCharsets.UTF_8).length + " bytes)";
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
