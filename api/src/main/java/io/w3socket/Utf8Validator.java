package io.w3socket;

/**
 * Checks UTF-8 as it arrives, carrying an incomplete code point across read and fragment
 * boundaries, so a text message fails (RFC 6455 §8.1: "_Fail the WebSocket Connection_", 1007) at
 * the first byte that cannot begin or continue a well-formed sequence — not when the message ends.
 * The byte ranges are those of the Unicode Standard's table of well-formed UTF-8 byte sequences
 * (§3.9, Table 3-7): no overlong forms, no surrogates, nothing above U+10FFFF. Used by one reader
 * thread.
 */
final class Utf8Validator {
  /** Continuation bytes still expected in the current sequence. */
  private int needed;

  /** The range the next continuation byte must fall in. */
  private int lower = 0x80;

  private int upper = 0xBF;

  /** Starts a new message. */
  void reset() {
    needed = 0;
    lower = 0x80;
    upper = 0xBF;
  }

  /** Feeds {@code bytes[from..to)}; returns false at the first byte that makes the text invalid. */
  boolean feed(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xFF;
      if (needed == 0) {
        if (b < 0x80) {
          continue;
        } else if (b >= 0xC2 && b <= 0xDF) {
          needed = 1;
        } else if (b == 0xE0) {
          needed = 2;
          lower = 0xA0; // E0 A0..BF: no overlong 3-byte forms
        } else if (b == 0xED) {
          needed = 2;
          upper = 0x9F; // ED 80..9F: no surrogates
        } else if (b >= 0xE1 && b <= 0xEF) {
          needed = 2;
        } else if (b == 0xF0) {
          needed = 3;
          lower = 0x90; // F0 90..BF: no overlong 4-byte forms
        } else if (b >= 0xF1 && b <= 0xF3) {
          needed = 3;
        } else if (b == 0xF4) {
          needed = 3;
          upper = 0x8F; // F4 80..8F: nothing above U+10FFFF
        } else {
          return false; // 80..C1 cannot begin a sequence; F5..FF never occur
        }
      } else {
        if (b < lower || b > upper) {
          return false;
        }
        lower = 0x80;
        upper = 0xBF;
        needed--;
      }
    }
    return true;
  }

  /** Whether the bytes fed so far end on a code point boundary. */
  boolean complete() {
    return needed == 0;
  }
}
