package io.w3socket.engine;

import io.w3socket.DOMException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.select.Selector;

/**
 * The selectors strings a document's scripts queried lately, each checked and rewritten once: a
 * query checks its string, reads its states and runs on one rewrite ({@link SelectorStates}), and a
 * query a loop repeats is not checked again. The 64 most recently used are kept; an invalid string
 * is not. jsoup's evaluator is not kept: its structural evaluators (:has, ancestors) remember
 * matches until reset, which {@code Element.is} does not do, so a kept one would answer for a tree
 * that has changed. Used on the context's loop thread only.
 */
final class ParsedSelectors {
  private static final int KEPT = 64;

  /**
   * The deepest nesting of brackets taken (:is(:not(…)), [attr]): jsoup parses and matches a
   * selector recursively, and a loop thread's stack holds a few hundred levels; deeper ones are a
   * SyntaxError here instead of a StackOverflowError (Chromium takes thousands). No selector a page
   * writes comes near it.
   */
  static final int MAX_NESTING = 128;

  /** Whether a selector's brackets nest deeper than {@link #MAX_NESTING} (strings skipped). */
  static boolean tooDeep(String selector) {
    int depth = 0;
    for (int i = 0; i < selector.length(); ) {
      char c = selector.charAt(i);
      if (c == '(' || c == '[') {
        if (++depth > MAX_NESTING) {
          return true;
        }
        i++;
      } else if (c == ')' || c == ']') {
        depth--;
        i++;
      } else {
        i = SelectorScan.tokenEnd(selector, i);
      }
    }
    return false;
  }

  private final Map<String, SelectorStates.Rewritten> recent =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SelectorStates.Rewritten> eldest) {
          return size() > KEPT;
        }
      };

  /**
   * The string rewritten, or a SyntaxError DOMException when it is not a valid selector
   * (#scope-match-a-selectors-string step 2).
   *
   * @param what the operation, for the message ("'querySelector'")
   */
  SelectorStates.Rewritten parse(String selectors, String what) {
    SelectorStates.Rewritten r = recent.get(selectors);
    if (r == null) {
      if (tooDeep(selectors)) {
        throw new DOMException(
            "Failed to execute "
                + what
                + ": '"
                + selectors
                + "' is not a valid selector: its brackets nest more than "
                + MAX_NESTING
                + " levels deep, this host's limit",
            DOMException.SYNTAX_ERROR);
      }
      r = SelectorStates.rewrite(selectors);
      try {
        JsoupSelector.evaluator(r.selector());
      } catch (Selector.SelectorParseException | IllegalArgumentException e) {
        // Chromium's message; jsoup's reason is its own wording of the parse, not the standard's
        throw new DOMException(
            "Failed to execute " + what + ": '" + selectors + "' is not a valid selector.",
            DOMException.SYNTAX_ERROR);
      }
      recent.put(selectors, r);
    }
    return r;
  }
}
