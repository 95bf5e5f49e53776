package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Selector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SelectorText: a selector list as selectorText answers it (CSSOM #serialize-a-group-of-selectors).
 * The examples are headless Chromium 156's selectorText of each rule inserted (commas, combinators,
 * brackets and spaces inside strings and after backslashes are not read as the list's own); then
 * properties over generated lists written with spaces anywhere between tokens: serializing twice
 * changes nothing, and the text selects what the list did.
 */
class SelectorTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "`.a\\,b ,  .c>d` => `.a\\,b, .c > d`",
        ".x\\>y>z => `.x\\>y > z`",
        "`[title=\"a,b\"]  ~  p` => `[title=\"a,b\"] ~ p`",
        "`[title=\"q\\\"x,y\"] , b` => `[title=\"q\\\"x,y\"], b`",
        "`[title=\"a  b\"]` => `[title=\"a  b\"]`",
        "`.a\\  .b` => `.a\\  .b`",
        "`a:is(b ,  c)+d` => `a:is(b, c) + d`",
        "`.p:not( .q>.r )` => `.p:not(.q > .r)`",
        "`#\\31 23   >   .z` => `#\\31 23 > .z`",
        "`[type=button]` => `[type=\"button\"]`",
        "`[lang|=en i]` => `[lang|=\"en\" i]`",
        "`[a='\\31 x']` => `[a=\"1x\"]`",
        "`*, *::before, *::after` => `*, ::before, ::after`",
        "`*.a, div *, *[hidden]` => `.a, div *, [hidden]`",
        "`li:nth-child( odd ), :nth-of-type(even)` => `li:nth-child(2n+1), :nth-of-type(2n)`",
        "`:nth-child(-n + 3), :nth-child(+5)` => `:nth-child(-n+3), :nth-child(5)`",
        "`:nth-last-child(2N-1), :nth-child(0n+2)` => `:nth-last-child(2n-1), :nth-child(2)`",
        "`:nth-child(1n+0 of .a,.b)` => `:nth-child(n of .a, .b)`",
        "`.a:before, .b:AFTER, .c::BEFORE` => `.a::before, .b::after, .c::before`",
        "`p:HOVER:first-line, i:first-letter` => `p:hover::first-line, i::first-letter`",
      })
  void aListAsChromiumWritesIt(String list, String text) {
    assertEquals(text, SelectorText.serialize(list, false), list);
  }

  /** CSS Nesting #nest-selector: a nested rule's relative selector, as Chromium writes it. */
  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        ".b => `& .b`",
        "`> .b` => `& > .b`",
        "`&:hover,.c` => `&:hover, & .c`",
        "`.c &` => `.c &`",
        "`:is(&) .d` => `:is(&) .d`",
      })
  void aNestedSelectorIsRelative(String list, String text) {
    assertEquals(text, SelectorText.serialize(list, true), list);
  }

  private static final Document TREE =
      Jsoup.parse(
          "<div class=a id=x><p class='b c' title='a,b'><span class=a>s</span><em id=y class='c'>e"
              + "</em></p><ul><li class=b>1</li><li class='a b' id=z title='x > y'>2</li></ul>"
              + "<p class=a>q</p></div>");

  @Provide
  Arbitrary<String> lists() {
    Arbitrary<String> space = Arbitraries.of("", " ", "  ", "\n", " \t");
    Arbitrary<String> compound =
        Arbitraries.of(
            "div",
            "p",
            ".a",
            ".b",
            "li.a",
            "#x",
            "[title='a,b']",
            "[title=\"x > y\"]",
            ":is(.a , .b)",
            ":not( p>span )",
            "em.c",
            ":first-child",
            "*");
    Arbitrary<String> combinator = Arbitraries.of(" ", ">", "+", "~");
    Arbitrary<String> complex =
        Combinators.combine(
                compound.list().ofMinSize(1).ofMaxSize(3),
                combinator.list().ofSize(2),
                space.list().ofSize(4))
            .as(
                (parts, combinators, spaces) -> {
                  StringBuilder b = new StringBuilder(parts.get(0));
                  for (int i = 1; i < parts.size(); i++) {
                    String c = combinators.get(i - 1);
                    b.append(c.equals(" ") ? " " : spaces.get(2 * i - 2) + c);
                    b.append(spaces.get(2 * i - 1)).append(parts.get(i));
                  }
                  return b.toString();
                });
    return complex.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" ,", l));
  }

  @Property(tries = 300)
  void serializingTwiceChangesNothing(@ForAll("lists") String list) {
    String once = SelectorText.serialize(list, false);
    assertEquals(once, SelectorText.serialize(once, false), list);
  }

  @Property(tries = 300)
  void theTextSelectsWhatTheListDid(@ForAll("lists") String list) {
    String once = SelectorText.serialize(list, false);
    assertEquals(
        TREE.select(Selector.evaluatorOf(list)),
        TREE.select(Selector.evaluatorOf(once)),
        list + " => " + once);
  }
}
