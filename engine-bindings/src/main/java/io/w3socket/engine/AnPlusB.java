package io.w3socket.engine;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSS Syntax #anb-microsyntax: the argument of :nth-child() and its kin, read once for {@link
 * SelectorStates} (whether it takes the first child) and {@link SelectorText} (its serialization).
 */
record AnPlusB(long a, long b) {
  /** Selectors 4's pseudo-classes whose argument is An+B. */
  static final Set<String> PSEUDO_CLASSES =
      Set.of("nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type");

  /** An+B without whitespace, in lower case: "2n+1", "-n+3", "n", "5", "odd", "even". */
  private static final Pattern SYNTAX =
      Pattern.compile("([+-]?\\d*)n([+-]\\d+)?|([+-]?\\d+)|(odd)|(even)");

  /** The value of compact text (whitespace removed, lower case), or null when it is not An+B. */
  static AnPlusB parse(String compact) {
    Matcher m = SYNTAX.matcher(compact);
    if (!m.matches()) {
      return null;
    }
    if (m.group(4) != null || m.group(5) != null) {
      return new AnPlusB(2, m.group(4) != null ? 1 : 0);
    }
    if (m.group(3) != null) {
      return new AnPlusB(0, Long.parseLong(m.group(3).replace("+", "")));
    }
    String coefficient = m.group(1);
    long a =
        coefficient.isEmpty() || coefficient.equals("+")
            ? 1
            : coefficient.equals("-") ? -1 : Long.parseLong(coefficient.replace("+", ""));
    return new AnPlusB(a, m.group(2) == null ? 0 : Long.parseLong(m.group(2).replace("+", "")));
  }

  /** Whether the first of its siblings is one: 1 = An+B for some n of 0 or more. */
  boolean takesFirst() {
    return a == 0 ? b == 1 : (1 - b) % a == 0 && (1 - b) / a >= 0;
  }

  /** CSS Syntax #serializing-anb: odd as 2n+1, even as 2n, 1n as n. */
  @Override
  public String toString() {
    if (a == 0) {
      return Long.toString(b);
    }
    String n = (a == 1 ? "" : a == -1 ? "-" : Long.toString(a)) + "n";
    return b == 0 ? n : n + (b > 0 ? "+" : "") + b;
  }
}
