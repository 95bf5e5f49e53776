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
      r = SelectorStates.rewrite(selectors);
      try {
        Selector.evaluatorOf(r.selector());
      } catch (Selector.SelectorParseException | IllegalArgumentException e) {
        throw new DOMException(
            "Failed to execute "
                + what
                + ": '"
                + selectors
                + "' is not a valid selector: "
                + e.getMessage(),
            DOMException.SYNTAX_ERROR);
      }
      recent.put(selectors, r);
    }
    return r;
  }
}
