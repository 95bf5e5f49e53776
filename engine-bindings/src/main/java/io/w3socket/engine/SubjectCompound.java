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
    if (i < n && SelectorScan.isNameStart(selector, i)) {
      int end = SelectorScan.nameEnd(selector, i);
      out.append(selector, i, end); // #type-selectors
      i = end;
    } else if (i < n && selector.charAt(i) == '*') {
      i++;
    }
    while (i < n) {
      char c = selector.charAt(i);
      if ((c == '.' || c == '#') && i + 1 < n && SelectorScan.isNameStart(selector, i + 1)) {
        int end = SelectorScan.nameEnd(selector, i + 1);
        out.append(selector, i, end); // #class-html, #id-selectors
        i = end;
      } else if (c == '|') {
        return ""; // #type-nmsp: a namespace this does not resolve
      } else if (c == '(' || c == '[') {
        i = SelectorScan.blockEnd(selector, i);
      } else {
        i = SelectorScan.tokenEnd(selector, i); // a pseudo-class's colons and name, one by one
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
        i = SelectorScan.blockEnd(selector, i);
      } else if (c == '>' || c == '+' || c == '~' || SelectorScan.isWhitespace(c)) {
        // #selector-combinator: whitespace, >, +, ~ (|| is a column combinator, not read)
        i++;
        while (i < n && SelectorScan.isWhitespace(selector.charAt(i))) {
          i++;
        }
        start = i;
      } else {
        i = SelectorScan.tokenEnd(selector, i);
      }
    }
    return Math.min(start, n);
  }
}
