package io.w3socket.engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A style rule's selector list as CSSOM serializes it (#serialize-a-group-of-selectors), the form
 * css-rules.js keeps and selectorText answers: each complex selector's whitespace collapsed to one
 * space, one space either side of a combinator, ", " between the selectors, the selector lists that
 * pseudo-classes take (:is(), :not()…) written the same way; an attribute selector's value as a
 * string (#serialize-a-simple-selector), An+B arguments in their shortest form (odd as 2n+1), a
 * universal selector before another simple selector left out (*::before as ::before), pseudo names
 * in lower case, CSS 2's pseudo-elements with two colons (:before as ::before); other escapes and
 * strings as written. A nested rule's selector (CSS Nesting #nest-selector) is relative: one
 * without & is written after "& ", as Chromium writes it. Checking that the list is valid is the
 * caller's ({@link DomFunctions}).
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
      if (c == '*' && i + 1 < n && ".#[:".indexOf(complex.charAt(i + 1)) >= 0) {
        // #serialize-a-simple-selector: a universal selector (of the default namespace) before
        // another simple selector of its compound is left out: *::before is ::before
        i++;
        continue;
      }
      if (c == ':') {
        // #serialize-a-simple-selector: a pseudo-class or pseudo-element's name in lower case, a
        // pseudo-element after two colons (CSS 2's :before as ::before)
        int colons = i + 1 < n && complex.charAt(i + 1) == ':' ? 2 : 1;
        int nameStart = i + colons;
        if (nameStart < n && SelectorScan.isNameStart(complex, nameStart)) {
          int nameEnd = SelectorScan.nameEnd(complex, nameStart);
          String name = complex.substring(nameStart, nameEnd);
          String lower = name.indexOf('\\') < 0 ? name.toLowerCase(Locale.ROOT) : name;
          boolean element =
              colons == 2
                  || (SelectorStates.LEGACY_PSEUDO_ELEMENTS.contains(lower)
                      && (nameEnd >= n || complex.charAt(nameEnd) != '('));
          out.append(element ? "::" : ":").append(lower);
          i = nameEnd;
          continue;
        }
      }
      int end;
      if (c == '[') {
        end = SelectorScan.blockEnd(complex, i);
        appendAttribute(out, complex.substring(i, end));
      } else if (c == '(' && isNth(complex, i)) {
        end = SelectorScan.blockEnd(complex, i);
        int inner = complex.charAt(end - 1) == ')' ? end - 1 : end;
        out.append('(').append(nthArgument(complex.substring(i + 1, inner), depth));
        out.append(inner < end ? ")" : "");
      } else if (c == '(' && depth < ParsedSelectors.MAX_NESTING && takesList(complex, i)) {
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
    String name = pseudoName(s, open);
    return name != null && LIST_ARGUMENTS.contains(name);
  }

  /** Whether the parenthesis at open follows :nth-child() or another An+B pseudo-class. */
  private static boolean isNth(String s, int open) {
    String name = pseudoName(s, open);
    return name != null && AnPlusB.PSEUDO_CLASSES.contains(name);
  }

  /** The lower-cased name of the pseudo-class whose parenthesis is at open, or null. */
  private static String pseudoName(String s, int open) {
    int name = open;
    while (name > 0 && SelectorScan.isNameChar(s.charAt(name - 1))) {
      name--;
    }
    return name > 0 && s.charAt(name - 1) == ':'
        ? s.substring(name, open).toLowerCase(Locale.ROOT)
        : null;
  }

  private static final Pattern OF = Pattern.compile("\\s+of\\s+", Pattern.CASE_INSENSITIVE);

  /**
   * An An+B argument (CSS Syntax #anb-microsyntax) as #serialize-an-anb-value writes it ({@link
   * AnPlusB}); an "of S" list (Selectors 4 #the-nth-child-pseudo) serialized as a list. Anything
   * else as written.
   */
  private static String nthArgument(String argument, int depth) {
    String text = argument.trim();
    Matcher of = OF.matcher(text);
    String anb = of.find() ? text.substring(0, of.start()) : text;
    String rest = anb.length() < text.length() ? text.substring(of.end()) : null;
    AnPlusB value = AnPlusB.parse(anb.replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
    if (value == null) {
      return argument;
    }
    StringBuilder out = new StringBuilder(value.toString());
    if (rest != null) {
      out.append(" of ");
      out.append(depth < ParsedSelectors.MAX_NESTING ? serialize(rest, false, depth + 1) : rest);
    }
    return out.toString();
  }

  /**
   * A name's characters (escapes whole), a namespace-qualified name, a string, an unquoted value.
   */
  private static final String NAME = "(?:[^\\s|=~^$*\\]\\\\\\[]|\\\\.)+";

  private static final String QUALIFIED = "(?:(?:" + NAME + "|\\*)?\\|)?" + NAME;
  private static final String STRING =
      "\"(?:[^\"\\\\]|\\\\[\\s\\S])*\"|'(?:[^'\\\\]|\\\\[\\s\\S])*'";
  private static final String UNQUOTED = "(?:[^\\s\\]\\\\'\"]|\\\\.)+";

  /** Selectors 4 #attribute-selectors: [name], [name op value], [name op value i]. */
  private static final Pattern ATTRIBUTE =
      Pattern.compile(
          "\\[\\s*("
              + QUALIFIED
              + ")\\s*(?:([~|^$*]?=)\\s*("
              + STRING
              + "|"
              + UNQUOTED
              + ")\\s*([iIsS])?\\s*)?\\]");

  /**
   * An attribute selector (#serialize-a-simple-selector): its name as written, the operator, the
   * value as a string (#serialize-a-string), the case flag after a space; as written when it does
   * not parse.
   */
  private static void appendAttribute(StringBuilder out, String selector) {
    Matcher m = ATTRIBUTE.matcher(selector);
    if (!m.matches()) {
      out.append(selector);
      return;
    }
    out.append('[').append(m.group(1));
    if (m.group(2) != null) {
      String value = m.group(3);
      if (value.startsWith("\"") || value.startsWith("'")) {
        value = value.substring(1, value.length() - 1);
      }
      out.append(m.group(2)).append(CssStrings.serialize(CssStrings.unescape(value)));
      if (m.group(4) != null) {
        out.append(' ').append(m.group(4).toLowerCase(Locale.ROOT));
      }
    }
    out.append(']');
  }
}
