package io.w3socket.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rule structure of CSS Syntax Level 3 (https://drafts.csswg.org/css-syntax-3/) that style
 * sheets need (css-syntax.js hands their text here; css-rules.js makes CSSOM's rules of what this
 * answers): #parse-a-stylesheet's list of rules (#consume-a-list-of-rules: at-rules with a prelude
 * and a block or a semicolon, qualified rules with a prelude and a block; comments, strings,
 * escapes and nested brackets passed over; a block left open at the end closes there), a style
 * rule's block contents (#consume-block-contents) and #parse-a-rule (insertRule's: exactly one
 * rule). Preludes are kept as text with comments removed and whitespace runs one space; blocks as
 * their text, likewise.
 *
 * <p>What crosses to the shim is flat, three values an item: a rule's at-keyword's name (lower
 * case; null for a qualified rule), its prelude and its block (null after a semicolon); a run of
 * declarations is null, null and its text.
 */
final class CssRuleSyntax {
  private CssRuleSyntax() {}

  /** Scanned text and where the scan stopped. */
  private record Scan(int end, String text) {}

  /** #consume-a-list-of-rules of a sheet's (or a group rule's block's) text. */
  static List<String> ruleList(String text) {
    List<String> out = new ArrayList<>();
    int pos = 0;
    int n = text.length();
    for (; ; ) {
      pos = skip(text, pos);
      if (pos >= n) {
        return out;
      }
      // the top level's CDO and CDC tokens are dropped
      if (text.startsWith("<!--", pos)) {
        pos += 4;
        continue;
      }
      if (text.startsWith("-->", pos)) {
        pos += 3;
        continue;
      }
      pos = consumeRule(text, pos, out);
    }
  }

  /**
   * #consume-block-contents of a style rule's block (or a group rule's nested in one: CSS Nesting
   * #nested-style-rule): each run of declarations and the rules between them. What starts with a
   * name and a colon is a declaration unless its value holds a {} block at the top level (a custom
   * property's may: #consume-declaration), which makes it a rule (a:hover { ... }).
   */
  static List<String> blockContents(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int pos = 0;
    int n = text.length();
    for (; ; ) {
      pos = skip(text, pos);
      if (pos >= n) {
        break;
      }
      if (text.charAt(pos) == ';') {
        pos++;
        continue;
      }
      if (text.charAt(pos) != '@' && declarationAt(text, pos)) {
        int end = scan(text, pos, ";").end();
        if (run.length() > 0) {
          run.append("; ");
        }
        run.append(text, pos, end);
        pos = end + 1;
        continue;
      }
      if (text.charAt(pos) != '@') {
        int stop = scan(text, pos, ";{").end();
        if (stop >= n || text.charAt(stop) != '{') {
          pos = stop + 1; // #consume-qualified-rule, nested: a semicolon first: a bad declaration
          continue;
        }
      }
      if (run.length() > 0) {
        addItem(out, null, null, run.toString());
        run.setLength(0);
      }
      pos = consumeRule(text, pos, out);
    }
    if (run.length() > 0) {
      addItem(out, null, null, run.toString());
    }
    return out;
  }

  /** #parse-a-rule: the one rule of text (its three values), or none if there is none or more. */
  static List<String> oneRule(String text) {
    List<String> out = new ArrayList<>();
    int pos = skip(text, 0);
    if (pos >= text.length()) {
      return out;
    }
    int end = consumeRule(text, pos, out);
    if (skip(text, end) < text.length()) {
      out.clear();
    }
    return out;
  }

  private static void addItem(List<String> out, String at, String prelude, String block) {
    out.add(at);
    out.add(prelude);
    out.add(block);
  }

  /**
   * One rule at pos (#consume-an-at-rule, #consume-a-qualified-rule), added to out unless the end
   * interrupts a qualified rule before its block; where it ends.
   */
  private static int consumeRule(String text, int pos, List<String> out) {
    int n = text.length();
    if (text.charAt(pos) == '@') {
      int nameEnd = nameEnd(text, pos + 1, n);
      String at = text.substring(pos + 1, nameEnd).toLowerCase(Locale.ROOT);
      Scan prelude = scan(text, nameEnd, ";{");
      if (prelude.end() >= n || text.charAt(prelude.end()) == ';') {
        addItem(out, at, prelude.text(), null);
        return prelude.end() + 1;
      }
      Scan block = scan(text, prelude.end() + 1, "}");
      addItem(out, at, prelude.text(), block.text());
      return block.end() + 1;
    }
    Scan qualified = scan(text, pos, "{");
    if (qualified.end() >= n) {
      return n;
    }
    Scan body = scan(text, qualified.end() + 1, "}");
    addItem(out, null, qualified.text(), body.text());
    return body.end() + 1;
  }

  /**
   * The end of the name that starts at start: a letter, _, - or a non-ASCII character, then those
   * and digits (no escapes); start itself when none starts there.
   */
  private static int nameEnd(String text, int start, int limit) {
    if (start >= limit || !isNameStart(text.charAt(start))) {
      return start;
    }
    int i = start + 1;
    while (i < limit && isNameChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Past whitespace and comments. */
  private static int skip(String text, int pos) {
    int n = text.length();
    for (; ; ) {
      if (pos >= n) {
        return pos;
      }
      char c = text.charAt(pos);
      if (isWhitespace(c)) {
        pos++;
      } else if (c == '/' && pos + 1 < n && text.charAt(pos + 1) == '*') {
        int close = text.indexOf("*/", pos + 2);
        pos = close < 0 ? n : close + 2;
      } else {
        return pos;
      }
    }
  }

  /**
   * Scans text from pos to the first top-level character of stops (outside comments, strings and
   * brackets) or the end: what was passed over, comments removed and whitespace runs one space
   * (strings kept as written), and where it stopped.
   */
  private static Scan scan(String text, int pos, String stops) {
    StringBuilder out = new StringBuilder();
    StringBuilder closers = new StringBuilder(); // the open brackets' closing characters
    boolean space = false;
    int n = text.length();
    for (int i = pos; i < n; i++) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 1;
        continue;
      }
      if (closers.length() == 0 && stops.indexOf(c) >= 0) {
        return new Scan(i, out.toString());
      }
      if (isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space) {
        if (out.length() > 0) {
          out.append(' ');
        }
        space = false;
      }
      if (c == '"' || c == '\'') {
        // #consume-string-token: to the closing quote, or a newline (a bad string), or the end
        int j = i + 1;
        while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        out.append(text, i, Math.min(j + 1, n));
        i = j;
        continue;
      }
      if (c == '\\') {
        out.append(text, i, Math.min(i + 2, n));
        i++;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        closers.append(c == '(' ? ')' : c == '[' ? ']' : '}');
      } else if (closers.length() > 0 && c == closers.charAt(closers.length() - 1)) {
        closers.setLength(closers.length() - 1);
      }
      out.append(c);
    }
    return new Scan(n, out.toString());
  }

  /**
   * Whether a declaration starts at pos: a name (an identifier, without escapes), optional
   * whitespace and a colon, then a value with no {} block at its top level (a custom property's may
   * hold one).
   */
  private static boolean declarationAt(String text, int pos) {
    int n = text.length();
    int limit = Math.min(n, pos + 256);
    int nameEnd = nameEnd(text, pos, limit);
    int colon = nameEnd;
    while (colon < limit && isWhitespace(text.charAt(colon))) {
      colon++;
    }
    if (nameEnd == pos || colon >= limit || text.charAt(colon) != ':') {
      return false;
    }
    if (text.startsWith("--", pos)) {
      return true;
    }
    int start = colon + 1;
    String value = text.substring(start, scan(text, start, ";").end());
    return scan(value, 0, "{").end() >= value.length();
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNameStart(char c) {
    return isLetter(c) || c == '_' || c == '-' || c >= 0x80;
  }

  private static boolean isNameChar(char c) {
    return isLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-' || c >= 0x80;
  }

  /** CSS Syntax #whitespace. */
  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
