package io.w3socket.engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A style rule's selector list as CSSOM serializes it (#serialize-a-group-of-selectors), the form
 * css-rules.js keeps and selectorText answers: each complex selector's whitespace collapsed to one
 * space, one space either side of a combinator, ", " between the selectors, the selector lists that
 * pseudo-classes take (:is(), :not()…) written the same way; escapes and strings as written. A
 * nested rule's selector (CSS Nesting #nest-selector) is relative: one without & is written after
 * "& ", as Chromium writes it. Checking that the list is valid is the caller's ({@link
 * DomFunctions}).
 */
final class SelectorText {
  private SelectorText() {}

  /** The pseudo-classes and pseudo-elements whose argument is a selector list (Selectors 4). */
  private static final Set<String> LIST_ARGUMENTS =
      Set.of(
          "is",
          "where",
          "not",
          "has",
          "matches",
          "any",
          "-webkit-any",
          "host",
          "host-context",
          "slotted");

  static String serialize(String text, boolean nested) {
    return serialize(text, nested, 0);
  }

  /**
   * The list at a depth of pseudo-classes' lists (past {@link ParsedSelectors#MAX_NESTING}, where
   * the selector is invalid here, the rest as written).
   */
  private static String serialize(String text, boolean nested, int depth) {
    StringBuilder out = new StringBuilder(text.length());
    List<String> selectors = SelectorScan.complexSelectors(text);
    for (int k = 0; k < selectors.size(); k++) {
      if (k > 0) {
        out.append(", ");
      }
      appendComplex(out, selectors.get(k), nested, depth);
    }
    return out.toString();
  }

  /** A complex selector (trimmed) with each run of whitespace outside its tokens one space. */
  private static void appendComplex(StringBuilder out, String complex, boolean nested, int depth) {
    int start = out.length();
    boolean space = false; // whitespace since the last token
    boolean spaced = false; // out ends in a combinator's space
    int n = complex.length();
    for (int i = 0; i < n; ) {
      char c = complex.charAt(i);
      if (SelectorScan.isWhitespace(c)) {
        space = true;
        i++;
        continue;
      }
      if (c == '>' || c == '+' || c == '~') {
        // #selector-combinator: written with one space on either side (none before a relative
        // selector's leading one)
        if (out.length() > start) {
          out.append(' ');
        }
        out.append(c).append(' ');
        space = false;
        spaced = true;
        i++;
        continue;
      }
      if (space && !spaced && out.length() > start) {
        out.append(' ');
      }
      space = false;
      spaced = false;
      int end;
      if (c == '(' && depth < ParsedSelectors.MAX_NESTING && takesList(complex, i)) {
        end = SelectorScan.blockEnd(complex, i);
        int inner = complex.charAt(end - 1) == ')' ? end - 1 : end;
        out.append('(').append(serialize(complex.substring(i + 1, inner), false, depth + 1));
        out.append(inner < end ? ")" : "");
      } else {
        end =
            c == '(' || c == '['
                ? SelectorScan.blockEnd(complex, i)
                : SelectorScan.tokenEnd(complex, i);
        out.append(complex, i, end);
      }
      i = end;
    }
    if (nested && out.indexOf("&", start) < 0) {
      out.insert(start, "& ");
    }
  }

  /** Whether the parenthesis at open follows the name of a pseudo-class that takes a list. */
  private static boolean takesList(String s, int open) {
    int name = open;
    while (name > 0 && SelectorScan.isNameChar(s.charAt(name - 1))) {
      name--;
    }
    return name > 0
        && s.charAt(name - 1) == ':'
        && LIST_ARGUMENTS.contains(s.substring(name, open).toLowerCase(Locale.ROOT));
  }
}
