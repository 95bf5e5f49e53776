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
 * class), for getComputedStyle (computed-style.js): the sheet is read and parsed once ({@link
 * CssRuleSyntax}); each realm parses its selectors once, and one call answers which rules an
 * element matches, in the sheet's order. A selector ending in :disabled matches only when the shim
 * says the element is disabled (HTML #concept-fe-disabled, which it computes). jsoup's structural
 * evaluators remember matches until reset (see {@link ParsedSelectors}): they are reset when the
 * DOM's version has moved. Loop thread only, as the DOM.
 */
final class UserAgentStyles {
  private static final String DISABLED = ":disabled";

  /** The sheet's rules: each one's selector list and declarations block, as text. */
  private static final List<String[]> RULES = readRules();

  private final DomNodes dom;

  /** Each rule's selectors (null until first asked for). */
  private RuleSelectors[] selectors;

  /** The DOM's version when the evaluators were last used. */
  private int version = -1;

  /** A rule's complex selectors: evaluators, and whether each needs the element disabled. */
  private record RuleSelectors(Evaluator[] evaluators, boolean[] disabled) {}

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
    if (selectors == null) {
      selectors = new RuleSelectors[RULES.size()];
      for (int i = 0; i < selectors.length; i++) {
        selectors[i] = parse(RULES.get(i)[0]);
      }
      version = dom.version();
    }
    if (version != dom.version()) {
      for (RuleSelectors r : selectors) {
        for (Evaluator evaluator : r.evaluators()) {
          StyleRuleSelectors.reset(evaluator);
        }
      }
      version = dom.version();
    }
    Element e = (Element) dom.node(element);
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < selectors.length; i++) {
      RuleSelectors r = selectors[i];
      for (int j = 0; j < r.evaluators().length; j++) {
        if ((disabled || !r.disabled()[j]) && e.is(r.evaluators()[j])) {
          found.add(i);
          break;
        }
      }
    }
    return found;
  }

  private static RuleSelectors parse(String list) {
    List<String> complex = splitAtTopLevelCommas(list);
    Evaluator[] evaluators = new Evaluator[complex.size()];
    boolean[] disabled = new boolean[complex.size()];
    for (int i = 0; i < evaluators.length; i++) {
      String s = complex.get(i);
      disabled[i] = s.endsWith(DISABLED);
      evaluators[i] =
          Selector.evaluatorOf(disabled[i] ? s.substring(0, s.length() - DISABLED.length()) : s);
    }
    return new RuleSelectors(evaluators, disabled);
  }

  private static List<String> splitAtTopLevelCommas(String list) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(list.substring(start, i).trim());
        start = i + 1;
      }
    }
    out.add(list.substring(start).trim());
    return out;
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
