package io.w3socket.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The selectors of a tree's style rules that getComputedStyle matches its elements against
 * (cascade.js): one call answers which of them an element matches. Only selectors that use no state
 * the shim computes are listed (cascade.js matches those one by one, with their marks: {@link
 * DomNodes#matches}). jsoup's structural evaluators remember matches until reset, which holds while
 * the tree is unchanged (see {@link ParsedSelectors}): a tree's evaluators are parsed again when
 * the DOM's version has moved since they were. Loop thread only, as the DOM.
 */
final class StyleRuleSelectors {
  private final DomNodes dom;

  /** Each tree's selectors (by its document's or shadow root's handle). */
  private final Map<Integer, Listed> trees = new HashMap<>();

  private static final class Listed {
    final List<String> selectors;
    final boolean structural;
    Evaluator[] evaluators;
    int version;

    Listed(List<String> selectors, boolean structural) {
      this.selectors = selectors;
      this.structural = structural;
    }
  }

  StyleRuleSelectors(DomNodes dom) {
    this.dom = dom;
  }

  /** The tree's selectors (strings), replacing those it had; each is rewritten once here. */
  void define(int tree, List<Object> selectors) {
    List<String> rewritten = new ArrayList<>(selectors.size());
    boolean structural = false;
    for (Object s : selectors) {
      SelectorStates.Rewritten r = SelectorStates.rewrite((String) s);
      rewritten.add(r.selector());
      structural |= r.structural();
    }
    trees.put(tree, new Listed(rewritten, structural));
  }

  /** The indices of the tree's selectors that the element matches, in order. */
  List<Integer> matching(int element, int tree) {
    Listed listed = trees.get(tree);
    if (listed == null || listed.selectors.isEmpty()) {
      return List.of();
    }
    if (listed.evaluators == null || listed.version != dom.version()) {
      listed.evaluators = new Evaluator[listed.selectors.size()];
      for (int i = 0; i < listed.evaluators.length; i++) {
        try {
          listed.evaluators[i] = Selector.evaluatorOf(listed.selectors.get(i));
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
          listed.evaluators[i] = null; // a rule's selector the shim parsed, which cannot happen
        }
      }
      listed.version = dom.version();
    }
    Element e = (Element) dom.node(element);
    Evaluator[] evaluators = listed.evaluators;
    SelectorStates.Rewritten marking =
        new SelectorStates.Rewritten("", List.of(), listed.structural);
    return SelectorStates.marked(
        dom,
        e,
        marking,
        List.of(),
        () -> {
          List<Integer> found = new ArrayList<>();
          for (int i = 0; i < evaluators.length; i++) {
            if (evaluators[i] != null && e.is(evaluators[i])) {
              found.add(i);
            }
          }
          return found;
        });
  }
}
