package io.w3socket;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 as the web uses it: USVString encoding and strict decoding. */
final class Utf8 {
  private Utf8() {}

  /**
   * Encodes a string as UTF-8 after converting it to a USVString (WebIDL #js-to-USVString): each
   * lone surrogate becomes U+FFFD (EF BF BD). {@link String#getBytes} would write '?' instead.
   */
  static byte[] encode(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) < 0x80) {
      i++;
    }
    if (i == n) {
      return s.getBytes(StandardCharsets.ISO_8859_1); // pure ASCII: one pass, no surprises
    }
    if (isWellFormed(s, i)) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    return toUsvString(s).getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the number of bytes {@link #encode} produces, without allocating. */
  static long encodedLength(String s) {
    long bytes = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3; // BMP character, or a lone surrogate that becomes U+FFFD
      }
    }
    return bytes;
  }

  /** Replaces every lone surrogate by U+FFFD (WebIDL #js-to-USVString step 2). */
  static String toUsvString(String s) {
    if (isWellFormed(s, 0)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isWellFormed(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Decodes UTF-8 strictly: returns null if the bytes are not valid UTF-8 (RFC 6455 §8.1: the
   * endpoint must then fail the connection).
   */
  static String decodeStrict(byte[] bytes, int offset, int length) {
    int end = offset + length;
    int i = offset;
    while (i < end && bytes[i] >= 0) {
      i++;
    }
    if (i == end) {
      return new String(bytes, offset, length, StandardCharsets.ISO_8859_1); // ASCII: always valid
    }
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, length));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
