package io.w3socket.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The user-agent style sheet's rules that apply to an HTML element (user-agent.css, next to this
 * class), for getComputedStyle (computed-style.js): the sheet is read and its selectors parsed once
 * per JVM, when a page first asks ({@link CssRuleSyntax}); one call answers which rules an element
 * matches, in the sheet's order. A selector ending in :disabled matches only when the shim says the
 * element is disabled (HTML #concept-fe-disabled, which it computes). jsoup's structural evaluators
 * remember matches per thread until reset (see {@link ParsedSelectors}), so realms on their own
 * loop threads share them: each realm resets them when its DOM's version has moved. Loop thread
 * only, as the DOM.
 */
final class UserAgentStyles {
  private static final String DISABLED = ":disabled";

  /** The sheet's rules: each one's selector list and declarations block, as text. */
  private static final List<String[]> RULES = readRules();

  /** The sheet's complex selectors, parsed when a page first asks (the holder's initialization). */
  private static final class Parsed {
    /** Each complex selector's evaluator, rule after rule. */
    static final Evaluator[] EVALUATORS;

    /** The rule each evaluator is one of (ascending). */
    static final int[] RULE;

    /** Whether an evaluator's selector ended in :disabled, which it matches only when so. */
    static final boolean[] NEEDS_DISABLED;

    static {
      List<Evaluator> evaluators = new ArrayList<>();
      List<Integer> rules = new ArrayList<>();
      List<Boolean> disabled = new ArrayList<>();
      for (int i = 0; i < RULES.size(); i++) {
        for (String s : SelectorScan.complexSelectors(RULES.get(i)[0])) {
          boolean d = s.endsWith(DISABLED);
          evaluators.add(
              Selector.evaluatorOf(d ? s.substring(0, s.length() - DISABLED.length()) : s));
          rules.add(i);
          disabled.add(d);
        }
      }
      EVALUATORS = evaluators.toArray(new Evaluator[0]);
      RULE = rules.stream().mapToInt(Integer::intValue).toArray();
      NEEDS_DISABLED = new boolean[disabled.size()];
      for (int i = 0; i < NEEDS_DISABLED.length; i++) {
        NEEDS_DISABLED[i] = disabled.get(i);
      }
    }
  }

  private final DomNodes dom;

  /** The DOM's version when this realm last used the evaluators (-1: never). */
  private int version = -1;

  UserAgentStyles(DomNodes dom) {
    this.dom = dom;
  }

  /** Each rule's declarations block, by the index {@link #matching} answers. */
  static List<String> blocks() {
    List<String> out = new ArrayList<>(RULES.size());
    for (String[] rule : RULES) {
      out.add(rule[1]);
    }
    return out;
  }

  /** The indices of the rules the element matches, in the sheet's order. */
  List<Integer> matching(int element, boolean disabled) {
    Evaluator[] evaluators = Parsed.EVALUATORS;
    if (version != dom.version()) {
      StyleRuleSelectors.reset(evaluators);
      version = dom.version();
    }
    Element e = (Element) dom.node(element);
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < evaluators.length; i++) {
      int rule = Parsed.RULE[i];
      boolean known = !found.isEmpty() && found.get(found.size() - 1) == rule;
      if (!known && (disabled || !Parsed.NEEDS_DISABLED[i]) && e.is(evaluators[i])) {
        found.add(rule);
      }
    }
    return found;
  }

  private static List<String[]> readRules() {
    String text;
    try (InputStream in = UserAgentStyles.class.getResourceAsStream("user-agent.css")) {
      if (in == null) {
        throw new IllegalStateException("user-agent.css is missing from the class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> items = CssRuleSyntax.ruleList(text);
    List<String[]> rules = new ArrayList<>();
    for (int i = 0; i < items.size(); i += 3) {
      if (items.get(i) == null && items.get(i + 2) != null) {
        rules.add(new String[] {items.get(i + 1), items.get(i + 2)});
      }
    }
    return List.copyOf(rules);
  }
}
