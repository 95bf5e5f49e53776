package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Selector;
import org.junit.jupiter.api.Test;

/**
 * JsoupSelector: a selector list longer than jsoup's query parser reads whole (it fails past about
 * 2,000 characters) still parses, and selects what its selectors select one at a time.
 */
class JsoupSelectorTest {
  private static final Document TREE =
      Jsoup.parse(
          "<div class=p><table class=t><tbody><tr><td id=a>1</td><td id=b>2</td></tr></tbody>"
              + "</table><ul><li id=c>x</li><li id=d>y</li></ul></div>");

  @Test
  void aLongListSelectsWhatEachOfItsSelectorsSelects() {
    List<String> selectors = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      selectors.add(
          (i % 2 == 0 ? ".p > .t:first-child tr:first-child td" : ".p ul > li")
              + ":is(:first-child, [data-n"
              + i
              + "])");
    }
    String list = String.join(", ", selectors);
    // jsoup's own parser fails on it; when it no longer does, JsoupSelector can go
    assertThrows(Selector.SelectorParseException.class, () -> Selector.evaluatorOf(list));
    List<String> ids = new ArrayList<>();
    TREE.select(JsoupSelector.evaluator(list)).forEach(e -> ids.add(e.id()));
    assertEquals(List.of("a", "c"), ids);
  }

  @Test
  void aShortListIsJsoupsOwn() {
    assertEquals(
        Selector.evaluatorOf("td:first-child, li").toString(),
        JsoupSelector.evaluator("td:first-child, li").toString());
  }
}
