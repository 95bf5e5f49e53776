package io.w3socket.engine;

/**
 * The part of a complex selector's subject (its last compound selector: Selectors 4 #structure)
 * that an element must match before the rest is worth matching: the compound's type selector, ids
 * and classes, written as a compound selector of their own. Any element the whole selector matches
 * matches it; elements it does not match are left out without matching the rest (the rules
 * Chromium's RuleSet files by their subject's id, class or type). The style rules whose selectors
 * use states the shim computes are screened with it ({@link StyleRuleSelectors}): only the few an
 * element passes are matched with the states marked.
 */
final class SubjectCompound {
  private SubjectCompound() {}

  /**
   * The subject's type, ids and classes (their text as written, escapes kept), or "" when it has
   * none, or a namespace prefix, that this reads.
   */
  static String of(String selector) {
    int start = subjectStart(selector);
    StringBuilder out = new StringBuilder();
    int n = selector.length();
    int i = start;
    if (i < n && isNameStart(selector, i)) {
      int end = nameEnd(selector, i);
      out.append(selector, i, end); // #type-selectors
      i = end;
    } else if (i < n && selector.charAt(i) == '*') {
      i++;
    }
    while (i < n) {
      char c = selector.charAt(i);
      if ((c == '.' || c == '#') && i + 1 < n && isNameStart(selector, i + 1)) {
        int end = nameEnd(selector, i + 1);
        out.append(selector, i, end); // #class-html, #id-selectors
        i = end;
      } else if (c == '|') {
        return ""; // #type-nmsp: a namespace this does not resolve
      } else if (c == '(' || c == '[') {
        i = blockEnd(selector, i);
      } else if (c == '\\') {
        i = escapeEnd(selector, i);
      } else if (c == '"' || c == '\'') {
        i = stringEnd(selector, i);
      } else {
        i++; // a pseudo-class's or pseudo-element's colons and name
      }
    }
    return out.toString();
  }

  /** Where the last compound starts: after the last combinator outside brackets and strings. */
  private static int subjectStart(String selector) {
    int start = 0;
    int n = selector.length();
    for (int i = 0; i < n; ) {
      char c = selector.charAt(i);
      if (c == '(' || c == '[') {
        i = blockEnd(selector, i);
      } else if (c == '\\') {
        i = escapeEnd(selector, i);
      } else if (c == '"' || c == '\'') {
        i = stringEnd(selector, i);
      } else if (c == '>' || c == '+' || c == '~' || isWhitespace(c)) {
        // #selector-combinator: whitespace, >, +, ~ (|| is a column combinator, not read)
        i++;
        while (i < n && isWhitespace(selector.charAt(i))) {
          i++;
        }
        start = i;
      } else {
        i++;
      }
    }
    return Math.min(start, n);
  }

  /** The index after the bracket or parenthesis that closes the one at open, or the end. */
  private static int blockEnd(String s, int open) {
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
      } else if (c == '\\') {
        i = escapeEnd(s, i);
      } else if (c == '"' || c == '\'') {
        i = stringEnd(s, i);
      } else {
        i++;
      }
    }
    return n;
  }

  /** The index after the string that opens at open (CSS Syntax #consume-string-token). */
  private static int stringEnd(String s, int open) {
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

  /** CSS Syntax #would-start-an-identifier, at i. */
  private static boolean isNameStart(String s, int i) {
    char c = s.charAt(i);
    if (c == '-') {
      return i + 1 < s.length() && (isNameChar(s.charAt(i + 1)) || s.charAt(i + 1) == '\\');
    }
    return c == '\\' || c == '_' || Character.isLetter(c) || c >= 0x80;
  }

  /** The index after the ident that starts at i (CSS Syntax #consume-name, escapes included). */
  private static int nameEnd(String s, int i) {
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

  /** CSS Syntax #consume-escaped-code-point: up to six hex digits and one whitespace, or a char. */
  private static int escapeEnd(String s, int backslash) {
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

  private static boolean isNameChar(char c) {
    return c == '-' || c == '_' || (c >= '0' && c <= '9') || Character.isLetter(c) || c >= 0x80;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
