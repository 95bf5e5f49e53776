package io.w3socket;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An immutable {@code Blob} (File API #dfn-Blob): raw bytes with a MIME type. A WebSocket delivers
 * binary messages as a Blob while {@code binaryType} is {@code "blob"}, and {@link
 * WebSocket#send(Blob)} sends one.
 *
 * <p>The bytes are copied in once when a Blob is built from caller-owned data and never copied
 * again: {@link #slice} shares them and {@link #asByteBuffer()} returns a read-only view.
 */
public final class Blob {
  private final byte[] bytes;
  private final int offset;
  private final int length;
  private final String type;

  /**
   * Creates a Blob holding a copy of {@code bytes}, with an empty type.
   *
   * @param bytes the content
   */
  public Blob(byte[] bytes) {
    this(bytes, "");
  }

  /**
   * Creates a Blob holding a copy of {@code bytes}.
   *
   * @param bytes the content
   * @param type the MIME type; lower-cased, and "" if it holds characters outside U+0020–U+007E
   *     (File API #constructorBlob step 3)
   */
  public Blob(byte[] bytes, String type) {
    this(bytes.clone(), 0, bytes.length, normalizeType(type));
  }

  /**
   * Creates a Blob holding a copy of {@code text} encoded as UTF-8 (lone surrogates become U+FFFD,
   * as a USVString in a {@code new Blob([text])} does).
   *
   * @param text the content
   * @param type the MIME type
   */
  public Blob(String text, String type) {
    this(Utf8.encode(text), 0, -1, normalizeType(type));
  }

  private Blob(byte[] bytes, int offset, int length, String type) {
    this.bytes = bytes;
    this.offset = offset;
    this.length = length < 0 ? bytes.length : length;
    this.type = type;
  }

  /** Wraps bytes the caller gives up (no copy). */
  static Blob wrap(byte[] owned) {
    return new Blob(owned, 0, owned.length, "");
  }

  /** Returns the size in bytes. */
  public long getSize() {
    return length;
  }

  /** Returns the MIME type, or "". */
  public String getType() {
    return type;
  }

  /**
   * Returns a new Blob for bytes {@code start} to {@code end} (File API #dfn-slice, "slice blob"):
   * negative positions count from the end, and both are clamped to the size.
   *
   * @param start first byte, relative to the start (or the end if negative)
   * @param end byte after the last, relative to the start (or the end if negative)
   * @param contentType type of the new Blob, or null for ""
   * @return the slice
   */
  public Blob slice(long start, long end, String contentType) {
    long from = start < 0 ? Math.max(length + start, 0) : Math.min(start, length);
    long to = end < 0 ? Math.max(length + end, 0) : Math.min(end, length);
    int span = (int) Math.max(to - from, 0);
    return new Blob(bytes, offset + (int) from, span, normalizeType(contentType));
  }

  /**
   * Same as {@link #slice(long, long, String)} with no content type.
   *
   * @param start first byte
   * @param end byte after the last
   * @return the slice
   */
  public Blob slice(long start, long end) {
    return slice(start, end, null);
  }

  /** Returns a copy of the bytes. */
  public byte[] toByteArray() {
    byte[] copy = new byte[length];
    System.arraycopy(bytes, offset, copy, 0, length);
    return copy;
  }

  /** Returns a read-only view of the bytes (no copy). */
  public ByteBuffer asByteBuffer() {
    return ByteBuffer.wrap(bytes, offset, length).slice().asReadOnlyBuffer();
  }

  /**
   * Returns the bytes decoded as UTF-8, malformed sequences replaced by U+FFFD (File API
   * #text-method-algo, synchronously). Unlike the standard's "UTF-8 decode", a leading byte order
   * mark is kept as U+FEFF rather than dropped.
   */
  public String text() {
    return new String(bytes, offset, length, StandardCharsets.UTF_8);
  }

  byte[] array() {
    return bytes;
  }

  int arrayOffset() {
    return offset;
  }

  @Override
  public String toString() {
    return "Blob[size=" + length + ", type=" + type + "]";
  }

  private static String normalizeType(String type) {
    if (type == null) {
      return "";
    }
    for (int i = 0; i < type.length(); i++) {
      char c = type.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return "";
      }
    }
    return type.toLowerCase(Locale.ROOT);
  }
}
