package io.w3socket.engine;

/**
 * CSS strings and escapes: CSS Syntax #consume-escaped-code-point to read one, CSSOM
 * #serialize-a-string to write one. Stateless.
 */
final class CssStrings {
  private CssStrings() {}

  /**
   * The text with its escapes (CSS Syntax #consume-escaped-code-point) replaced by what they stand
   * for.
   */
  static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      int end = SelectorScan.escapeEnd(text, i);
      int digits = i + 1;
      while (digits < end && Character.digit(text.charAt(digits), 16) >= 0) {
        digits++;
      }
      if (digits > i + 1) {
        int code = Integer.parseInt(text.substring(i + 1, digits), 16);
        boolean valid =
            code != 0 && code <= Character.MAX_CODE_POINT && (code < 0xd800 || code > 0xdfff);
        out.appendCodePoint(valid ? code : 0xfffd);
      } else if (i + 1 < n && text.charAt(i + 1) != '\n') {
        out.append(text.charAt(i + 1));
      } else if (i + 1 >= n) {
        out.append('\ufffd'); // an escape at the end of the input
      }
      i = end;
    }
    return out.toString();
  }

  /** CSSOM #serialize-a-string. */
  static String serialize(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 0) {
        out.append('\ufffd');
      } else if (c < 0x20 || c == 0x7f) {
        out.append('\\').append(Integer.toHexString(c)).append(' ');
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
