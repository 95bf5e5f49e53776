package io.w3socket.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The pseudo-classes of element state (Selectors 4 #input-pseudos, #useraction-pseudos, HTML
 * #pseudo-classes) that jsoup's selectors lack: a selector using them is rewritten so that each
 * becomes an attribute selector on a marker attribute, which the elements in that state (the shim
 * knows them: dom-selector-states.js) carry only while the query runs ({@link #marked}). The states
 * nothing is ever in here (no pointer, no history, no fullscreen...) match no element, as do
 * pseudo-elements (querySelectorAll('::before') is empty in a browser too); :where() is :is(). And
 * where jsoup's structural pseudo-classes differ from Selectors 4 as Chromium has it, the elements
 * without a parent element (the root element, a detached tree's top) match :first-child and the
 * like, and only the document element matches :root. Loop thread only, as the DOM.
 */
final class SelectorStates {
  private static final String MARKER = "__w3socket-state-";
  private static final String NEVER = "[" + MARKER + "never]";
  private static final String INVALID = ":" + MARKER + "invalid";

  /** The pseudo-elements written with one colon too (Selectors 4 #pseudo-element-syntax). */
  static final Set<String> LEGACY_PSEUDO_ELEMENTS =
      Set.of("before", "after", "first-line", "first-letter");

  /** The states the shim computes for a query. */
  private static final Set<String> COMPUTED =
      Set.of(
          "checked",
          "default",
          "defined",
          "disabled",
          "enabled",
          "focus",
          "focus-within",
          "in-range",
          "indeterminate",
          "invalid",
          "link",
          "any-link",
          "modal",
          "open",
          "optional",
          "out-of-range",
          "placeholder-shown",
          "popover-open",
          "read-only",
          "read-write",
          "required",
          "scope",
          "valid");

  /** The states no element is in here. */
  private static final Set<String> NONE =
      Set.of(
          "active",
          "autofill",
          "-webkit-autofill", // HTML #selector-autofill's legacy alias
          "blank",
          "current",
          "focus-visible",
          "fullscreen",
          "future",
          "host",
          "hover",
          "local-link",
          "muted",
          "past",
          "paused",
          "picture-in-picture",
          "playing",
          "target",
          "target-within",
          "user-invalid",
          "user-valid",
          "visited");

  /**
   * A selector rewritten, and the computed states it uses, each once, in order (a functional one
   * with its argument: "lang:en, fr", "dir:rtl"); a state's marker is its index.
   */
  record Rewritten(String selector, List<String> states, boolean structural) {}

  /** An element without a parent element (the root element, a detached tree's top). */
  private static final String PARENTLESS = "[" + MARKER + "parentless]";

  /** The document element (#root-pseudo: not a detached tree's top, which jsoup's :root takes). */
  private static final String ROOT = "[" + MARKER + "root]";

  /**
   * The structural pseudo-classes a parentless element matches (Selectors 4: "an element that has
   * no parent", as Chromium 156 has it), which jsoup's do not for the root element.
   */
  private static final Set<String> FIRST_AND_LAST =
      Set.of(
          "first-child",
          "last-child",
          "only-child",
          "first-of-type",
          "last-of-type",
          "only-of-type");

  private SelectorStates() {}

  /**
   * The selector with its state pseudo-classes as marker attribute selectors. What is inside a
   * string or an attribute selector stays as written; a pseudo-class jsoup knows (:not, :is, :has,
   * :nth-child...) stays for jsoup.
   */
  static Rewritten rewrite(String selector) {
    if (selector.indexOf(':') < 0) {
      return new Rewritten(selector, List.of(), false);
    }
    boolean structural = false;
    StringBuilder out = new StringBuilder(selector.length() + 16);
    List<String> states = new ArrayList<>();
    int n = selector.length();
    int i = 0;
    while (i < n) {
      char c = selector.charAt(i);
      if (c == '\\' && i + 1 < n) {
        out.append(c).append(selector.charAt(i + 1));
        i += 2;
      } else if (c == '"' || c == '\'') {
        int end = stringEnd(selector, i);
        out.append(selector, i, end);
        i = end;
      } else if (c == '[') {
        int end = bracketEnd(selector, i);
        out.append(selector, i, end);
        i = end;
      } else if (c == ':') {
        boolean element = i + 1 < n && selector.charAt(i + 1) == ':';
        int start = element ? i + 2 : i + 1;
        int end = start;
        while (end < n && isNameChar(selector.charAt(end))) {
          end++;
        }
        String name = selector.substring(start, end).toLowerCase(Locale.ROOT);
        boolean functional = end < n && selector.charAt(end) == '(';
        // Selectors 4 #pseudo-element-syntax: CSS 2's four pseudo-elements with one colon
        element |= !functional && LEGACY_PSEUDO_ELEMENTS.contains(name);
        if (element) {
          // A pseudo-element: no element is one. One of another engine's prefixes is unknown,
          // so the selector is invalid (Selectors 4 #invalid; Chromium 156 drops ::-moz-focus-inner
          // and ::-ms-expand but takes any ::-webkit- one): jsoup's parser refuses INVALID.
          out.append(
              name.startsWith("-moz-") || name.startsWith("-ms-") || name.startsWith("-o-")
                  ? INVALID
                  : NEVER);
          i = functional ? parenEnd(selector, end) : end;
        } else if (functional && (name.equals("state") || name.equals("host"))) {
          out.append(NEVER);
          i = parenEnd(selector, end);
        } else if (functional && name.equals("where")) {
          out.append(":is(");
          i = end + 1;
        } else if (functional
            && (name.equals("lang") || name.equals("dir"))
            && isSingleIdentifier(argument(selector, end))) {
          // :lang(range) and :dir(ltr|rtl), with their argument, for the shim. (Chromium 156
          // takes one identifier: a list or a string, which Selectors 4 allows, is its
          // SyntaxError, and jsoup's here.)
          marker(out, states, name + ":" + argument(selector, end));
          i = parenEnd(selector, end);
        } else if (!functional && COMPUTED.contains(name)) {
          marker(out, states, name);
          i = end;
        } else if (!functional && FIRST_AND_LAST.contains(name)) {
          out.append(":is(:").append(name).append(", ").append(PARENTLESS).append(')');
          structural = true;
          i = end;
        } else if (!functional && name.equals("root")) {
          out.append(ROOT);
          structural = true;
          i = end;
        } else if (functional
            && AnPlusB.PSEUDO_CLASSES.contains(name)
            && matchesFirst(argument(selector, end))) {
          int close = parenEnd(selector, end);
          out.append(":is(").append(selector, i, close).append(", ").append(PARENTLESS).append(')');
          structural = true;
          i = close;
        } else if (!functional && NONE.contains(name)) {
          out.append(NEVER);
          i = end;
        } else {
          out.append(c);
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return new Rewritten(out.toString(), states, structural);
  }

  /** The marker attribute selector of a state (its index among the selector's states). */
  private static void marker(StringBuilder out, List<String> states, String state) {
    int index = states.indexOf(state);
    if (index < 0) {
      index = states.size();
      states.add(state);
    }
    out.append('[').append(MARKER).append(index).append(']');
  }

  /**
   * Whether An+B (#anb-microsyntax) takes the first position (a parentless element's, the only one
   * it has), for an argument without "of S".
   */
  static boolean matchesFirst(String anb) {
    String t = anb.toLowerCase(Locale.ROOT).replace(" ", "");
    if (t.contains("of")) {
      return false;
    }
    AnPlusB value = AnPlusB.parse(t);
    return value != null && value.takesFirst();
  }

  /** The argument of the functional pseudo-class whose parenthesis is at {@code open}, trimmed. */
  private static String argument(String s, int open) {
    int close = parenEnd(s, open);
    return s.substring(open + 1, Math.max(open + 1, close - 1)).trim();
  }

  private static boolean isSingleIdentifier(String s) {
    return !s.isEmpty() && s.chars().noneMatch(c -> c == ',' || c == '"' || c == '\'' || c == ' ');
  }

  private static void mark(Element e, String name, List<Element> elements, List<String> names) {
    if (!e.attributes().hasKey(name)) {
      e.attributes().put(name, "");
      elements.add(e);
      names.add(name);
    }
  }

  private static boolean isNameChar(char c) {
    return c == '-' || c == '_' || Character.isLetterOrDigit(c) || c >= 0x80;
  }

  private static int stringEnd(String s, int i) {
    char quote = s.charAt(i);
    int j = i + 1;
    while (j < s.length() && s.charAt(j) != quote) {
      j += s.charAt(j) == '\\' ? 2 : 1;
    }
    return Math.min(j + 1, s.length());
  }

  private static int bracketEnd(String s, int i) {
    int j = i + 1;
    while (j < s.length() && s.charAt(j) != ']') {
      char c = s.charAt(j);
      j = c == '"' || c == '\'' ? stringEnd(s, j) : j + (c == '\\' ? 2 : 1);
    }
    return Math.min(j + 1, s.length());
  }

  /** The index after the parenthesis that closes the one at {@code open}. */
  private static int parenEnd(String s, int open) {
    int depth = 0;
    int j = open;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '"' || c == '\'') {
        j = stringEnd(s, j);
        continue;
      }
      if (c == '\\') {
        j += 2;
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return j + 1;
      }
      j++;
    }
    return s.length();
  }

  /**
   * Runs {@code query} with the elements in each state marked: {@code marks} is the shim's list of
   * states and the handles in each (a state's index in the selector's states, as a string, then its
   * elements' handles). The markers are removed after, whatever the query did; nothing of it is a
   * change of the tree.
   */
  static <T> T marked(
      DomNodes dom, Node scope, Rewritten rewritten, List<Object> marks, Supplier<T> query) {
    List<Element> markedElements = new ArrayList<>();
    List<String> markedNames = new ArrayList<>();
    if (rewritten.structural()) {
      Node top = scope.root();
      if (top instanceof Document) {
        Element html = ((Document) top).firstElementChild();
        if (html != null) {
          mark(html, MARKER + "root", markedElements, markedNames);
        }
        for (Element e = html; e != null; e = e.nextElementSibling()) {
          mark(e, MARKER + "parentless", markedElements, markedNames);
        }
      } else if (top instanceof Element && !(top instanceof DomNodes.Fragment)) {
        mark((Element) top, MARKER + "parentless", markedElements, markedNames);
      }
    }
    String state = null;
    for (Object m : marks) {
      if (m instanceof String) {
        state = MARKER + m;
      } else if (state != null && dom.node(((Number) m).intValue()) instanceof Element) {
        mark((Element) dom.node(((Number) m).intValue()), state, markedElements, markedNames);
      }
    }
    try {
      return query.get();
    } finally {
      for (int i = 0; i < markedElements.size(); i++) {
        markedElements.get(i).attributes().remove(markedNames.get(i));
      }
    }
  }
}
