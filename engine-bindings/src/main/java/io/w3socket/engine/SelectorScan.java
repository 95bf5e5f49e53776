package io.w3socket.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading a selector's text as CSS Syntax tokenizes it, without parsing it: where an escape, a
 * string or a bracketed block ends, and where a name starts and ends. The host's readers of
 * selector text ({@link SubjectCompound}, {@link SelectorText}, {@link ParsedSelectors#tooDeep},
 * {@link UserAgentStyles}) share it, so a comma, bracket or combinator inside a string or after a
 * backslash is never read as one. Stateless.
 */
final class SelectorScan {
  private SelectorScan() {}

  /**
   * The index after the token at i that brackets, commas and combinators never end: an escape, a
   * string, or else the one character.
   */
  static int tokenEnd(String s, int i) {
    char c = s.charAt(i);
    if (c == '\\') {
      return escapeEnd(s, i);
    }
    return c == '"' || c == '\'' ? stringEnd(s, i) : i + 1;
  }

  /** The index after the bracket or parenthesis that closes the one at open, or the end. */
  static int blockEnd(String s, int open) {
    int depth = 0;
    int n = s.length();
    for (int i = open; i < n; ) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
        i++;
      } else if (c == ')' || c == ']') {
        depth--;
        i++;
        if (depth == 0) {
          return i;
        }
      } else {
        i = tokenEnd(s, i);
      }
    }
    return n;
  }

  /** The index after the string that opens at open (CSS Syntax #consume-string-token). */
  static int stringEnd(String s, int open) {
    char quote = s.charAt(open);
    int n = s.length();
    for (int i = open + 1; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i + 1;
      }
    }
    return n;
  }

  /** CSS Syntax #consume-escaped-code-point: up to six hex digits and one whitespace, or a char. */
  static int escapeEnd(String s, int backslash) {
    int n = s.length();
    int i = backslash + 1;
    int digits = 0;
    while (i < n && digits < 6 && Character.digit(s.charAt(i), 16) >= 0) {
      i++;
      digits++;
    }
    if (digits == 0) {
      return Math.min(i + 1, n);
    }
    return i < n && isWhitespace(s.charAt(i)) ? i + 1 : i;
  }

  /**
   * A selector list's complex selectors (Selectors 4 #grouping), trimmed: split at the commas
   * outside brackets, strings and escapes.
   */
  static List<String> complexSelectors(String list) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = list.length();
    for (int i = 0; i < n; ) {
      char c = list.charAt(i);
      if (c == '(' || c == '[') {
        i = blockEnd(list, i);
      } else if (c == ',') {
        out.add(list.substring(start, i).trim());
        start = ++i;
      } else {
        i = tokenEnd(list, i);
      }
    }
    out.add(list.substring(start).trim());
    return out;
  }

  /** CSS Syntax #would-start-an-identifier, at i. */
  static boolean isNameStart(String s, int i) {
    char c = s.charAt(i);
    if (c == '-') {
      return i + 1 < s.length() && (isNameChar(s.charAt(i + 1)) || s.charAt(i + 1) == '\\');
    }
    return c == '\\' || c == '_' || Character.isLetter(c) || c >= 0x80;
  }

  /** The index after the ident that starts at i (CSS Syntax #consume-name, escapes included). */
  static int nameEnd(String s, int i) {
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\') {
        i = escapeEnd(s, i);
      } else if (isNameChar(c)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** CSS Syntax #ident-code-point. */
  static boolean isNameChar(char c) {
    return c == '-' || c == '_' || (c >= '0' && c <= '9') || Character.isLetter(c) || c >= 0x80;
  }

  /** CSS Syntax #whitespace (after #input-preprocessing, which the shim leaves to this reader). */
  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
