package io.w3socket.engine;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.select.CombiningEvaluator;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A selector list as jsoup's evaluator. jsoup's query parser (1.21 to 1.24) fails on a query longer
 * than about 2,000 characters ("Did not find balanced marker", "unexpected token"), which a style
 * sheet's long lists reach once their state pseudo-classes are rewritten (Bootstrap 3's panel
 * tables); a list that long is parsed one complex selector at a time and the evaluators ORed, which
 * matches what the whole list would. Stateless.
 */
final class JsoupSelector {
  private JsoupSelector() {}

  /** Past this many characters a list is parsed selector by selector. */
  private static final int WHOLE_UP_TO = 1024;

  /**
   * The list's evaluator; throws jsoup's {@link Selector.SelectorParseException} (or an {@link
   * IllegalArgumentException}) when a selector does not parse.
   */
  static Evaluator evaluator(String list) {
    if (list.length() <= WHOLE_UP_TO) {
      return Selector.evaluatorOf(list);
    }
    List<String> complex = SelectorScan.complexSelectors(list);
    if (complex.size() == 1) {
      return Selector.evaluatorOf(list);
    }
    List<Evaluator> each = new ArrayList<>(complex.size());
    for (String s : complex) {
      each.add(Selector.evaluatorOf(s));
    }
    return new CombiningEvaluator.Or(each);
  }
}
