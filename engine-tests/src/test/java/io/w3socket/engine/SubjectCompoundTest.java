package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SubjectCompound: the type, ids and classes of a selector's last compound, which screen the style
 * rules that use states (StyleRuleSelectors): combinators and the spaces around them,
 * pseudo-classes with and without arguments, attributes and strings holding combinator characters,
 * escapes (a hex escape's space is part of the name), a namespace prefix (none read); then a
 * property over generated selectors and a fixed tree: the screen never leaves out an element the
 * whole selector matches (it would drop a style rule that applies).
 */
class SubjectCompoundTest {
  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        ".a:focus => .a",
        "button:not(:disabled).go => button.go",
        ".f:focus-within .in => .in",
        "#k:checked ~ span.s => span.s",
        ".b+.c:hover => .c",
        "ul > li#x.y:first-child => li#x.y",
        ".md\\:x:focus => .md\\:x",
        ".\\31 0x:focus => .\\31 0x",
        ".a .\\31 0x.b:focus => .\\31 0x.b",
        "[data-k=\"a b\"]:focus => ``",
        "[data-k='x > y'] .z:checked => .z",
        ":is(.p, .q):focus => ``",
        ".a:has(> .b:checked) => .a",
        "*:focus => ``",
        "*.a:focus => .a",
        "svg|rect.a:focus => ``",
        ".-x:focus => .-x",
        "input:checked::before => input",
      })
  void theSubjectsTypeIdsAndClasses(String selector, String subject) {
    assertEquals(subject, SubjectCompound.of(selector), selector);
  }

  /** A tree whose elements have the types, classes and ids the generated selectors use. */
  private static final Document TREE =
      Jsoup.parse(
          "<div class=a id=x><p class='b c'><span class=a>s</span><em id=y class='c md:x'>e</em>"
              + "</p><ul><li class=b>1</li><li class='a b' id=z>2</li></ul>"
              + "<input class=c data-k='a b'><p class=a>q</p></div>");

  @Provide
  Arbitrary<String> compounds() {
    Arbitrary<String> type =
        Arbitraries.of("", "", "div", "p", "span", "em", "li", "ul", "input", "*");
    Arbitrary<List<String>> simple =
        Arbitraries.of(
                ".a",
                ".b",
                ".c",
                "#x",
                "#y",
                "#z",
                ".md\\:x",
                "[data-k]",
                "[data-k='a b']",
                ":first-child",
                ":last-child",
                ":not(.a)",
                ":not(:first-child)",
                ":is(.a, .b)",
                ":has(> .a)",
                ":nth-child(2)",
                ":empty",
                ":only-child")
            .list()
            .ofMaxSize(3);
    return Combinators.combine(type, simple)
        .as((t, parts) -> t + String.join("", parts))
        .filter(c -> !c.isEmpty());
  }

  @Provide
  Arbitrary<String> selectors() {
    Arbitrary<String> combinator = Arbitraries.of(" ", " > ", " + ", " ~ ", ">", "  ");
    return Combinators.combine(
            compounds().list().ofMinSize(1).ofMaxSize(3), combinator.list().ofSize(2))
        .as(
            (cs, combinators) -> {
              StringBuilder b = new StringBuilder(cs.get(0));
              for (int i = 1; i < cs.size(); i++) {
                b.append(combinators.get(i - 1)).append(cs.get(i));
              }
              return b.toString();
            });
  }

  @Property(tries = 1000)
  void theScreenLeavesOutNoElementTheSelectorMatches(@ForAll("selectors") String selector) {
    Evaluator whole = Selector.evaluatorOf(selector);
    String screen = SubjectCompound.of(selector);
    Evaluator subject = screen.isEmpty() ? null : Selector.evaluatorOf(screen);
    for (Element e : TREE.getAllElements()) {
      if (e.is(whole)) {
        assertTrue(
            subject == null || e.is(subject), selector + " matches " + e + " but not " + screen);
      }
    }
  }
}
