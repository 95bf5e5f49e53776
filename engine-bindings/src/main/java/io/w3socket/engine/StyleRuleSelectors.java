package io.w3socket.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Collector;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The selectors of a tree's style rules that getComputedStyle matches its elements against
 * (cascade.js): one call answers which of them an element matches. The selectors that use a state
 * the shim computes are matched by the shim, with their marks ({@link DomNodes#matches}); this
 * screens them by their subject's type, ids and classes ({@link SubjectCompound}) in the same call.
 * Each selector is rewritten and parsed once, when the shim defines the tree's lists (its sheets
 * changed). jsoup's structural evaluators remember matches until reset, which holds while the tree
 * is unchanged (see {@link ParsedSelectors}): the evaluators are reset when the DOM's version has
 * moved since they were last used. Loop thread only, as the DOM.
 */
final class StyleRuleSelectors {
  private final DomNodes dom;

  /** Each tree's selectors (by its document's or shadow root's handle). */
  private final Map<Integer, Listed> trees = new HashMap<>();

  /**
   * A detached element to reset evaluators on (jsoup resets an evaluator as it starts a select).
   */
  private static final Element RESET_ROOT = new Element("template");

  private static final class Listed {
    /**
     * The stateless selectors' evaluators, then the screens of the stateful ones (null: none, all
     * elements pass; or a selector jsoup refuses, which the shim's parse lets through).
     */
    final Evaluator[] evaluators;

    /** How many of the evaluators are stateless selectors' (the screens follow them). */
    final int stateless;

    /**
     * Whether a selector needs the root and parentless markers of {@link SelectorStates#marked}.
     */
    final boolean structural;

    /** The DOM's version when the evaluators were last used. */
    int version;

    Listed(Evaluator[] evaluators, int stateless, boolean structural, int version) {
      this.evaluators = evaluators;
      this.stateless = stateless;
      this.structural = structural;
      this.version = version;
    }
  }

  /**
   * Clears what jsoup's evaluators (nulls skipped) remember of the trees they matched in on this
   * thread (they have changed).
   */
  static void reset(Evaluator[] evaluators) {
    for (Evaluator evaluator : evaluators) {
      if (evaluator != null) {
        Collector.stream(evaluator, RESET_ROOT); // jsoup resets it as a select starts; none runs
      }
    }
  }

  StyleRuleSelectors(DomNodes dom) {
    this.dom = dom;
  }

  /**
   * The tree's selectors (strings), replacing those it had: those that use no state the shim
   * computes, each rewritten and parsed here, and those that do, each screened by its subject.
   */
  void define(int tree, List<Object> stateless, List<Object> stateful) {
    Evaluator[] evaluators = new Evaluator[stateless.size() + stateful.size()];
    boolean structural = false;
    for (int i = 0; i < stateless.size(); i++) {
      SelectorStates.Rewritten r = SelectorStates.rewrite((String) stateless.get(i));
      structural |= r.structural();
      evaluators[i] = evaluatorOf(r.selector());
    }
    for (int i = 0; i < stateful.size(); i++) {
      String screen = SubjectCompound.of((String) stateful.get(i));
      evaluators[stateless.size() + i] = screen.isEmpty() ? null : evaluatorOf(screen);
    }
    trees.put(tree, new Listed(evaluators, stateless.size(), structural, dom.version()));
  }

  private static Evaluator evaluatorOf(String selector) {
    if (ParsedSelectors.tooDeep(selector)) {
      return null; // a nested rule's & made it deeper than the host parses (its rule applies
      // nowhere)
    }
    try {
      return JsoupSelector.evaluator(selector);
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      return null; // a rule's selector the shim parsed, which cannot happen
    }
  }

  /**
   * The indices of the tree's stateless selectors that the element matches, then those of the
   * stateful ones whose screen it passes (each after the stateless ones: their count added), in
   * order.
   */
  List<Integer> matching(int element, int tree) {
    Listed listed = trees.get(tree);
    if (listed == null || listed.evaluators.length == 0) {
      return List.of();
    }
    if (listed.version != dom.version()) {
      reset(listed.evaluators);
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
            if (evaluators[i] == null ? i >= listed.stateless : e.is(evaluators[i])) {
              found.add(i);
            }
          }
          return found;
        });
  }
}
