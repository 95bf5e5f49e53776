package io.w3socket.engine;

/**
 * A style rule's selector list as CSSOM serializes it (#serialize-a-group-of-selectors), the form
 * css-rules.js keeps and selectorText answers: each complex selector's whitespace collapsed to one
 * space, one space either side of a combinator, ", " between the selectors. A nested rule's
 * selector (CSS Nesting #nest-selector) is relative: one without & is written after "& ", as
 * Chromium writes it. Checking that the list is valid is the caller's ({@link DomFunctions}).
 */
final class SelectorText {
  private SelectorText() {}

  static String serialize(String text, boolean nested) {
    StringBuilder list = new StringBuilder(text.length());
    StringBuilder part = new StringBuilder();
    int depth = 0;
    char quote = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        part.append(c);
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
        part.append(c);
      } else if (c == '(' || c == '[') {
        depth++;
        part.append(c);
      } else if (c == ')' || c == ']') {
        depth--;
        part.append(c);
      } else if (depth == 0 && c == ',') {
        appendPart(list, part, nested);
        list.append(", ");
        part.setLength(0);
      } else if (depth == 0 && (c == '>' || c == '+' || c == '~')) {
        // #selector-combinator: written with one space on either side
        int end = part.length();
        while (end > 0 && isWhitespace(part.charAt(end - 1))) {
          end--;
        }
        part.setLength(end);
        part.append(' ').append(c).append(' ');
        while (i + 1 < n && isWhitespace(text.charAt(i + 1))) {
          i++;
        }
      } else {
        part.append(c);
      }
    }
    appendPart(list, part, nested);
    return list.toString();
  }

  /** A complex selector with each run of whitespace one space, none at either end. */
  private static void appendPart(StringBuilder list, CharSequence part, boolean nested) {
    int start = list.length();
    boolean space = false;
    boolean ampersand = false;
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (isWhitespace(c)) {
        space = true;
      } else {
        if (space && list.length() > start) {
          list.append(' ');
        }
        space = false;
        list.append(c);
        ampersand |= c == '&';
      }
    }
    if (nested && !ampersand) {
      list.insert(start, "& ");
    }
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
