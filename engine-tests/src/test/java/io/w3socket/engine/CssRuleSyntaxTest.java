package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * CssRuleSyntax, CSS Syntax's rule structure for style sheets (css-syntax.js): rule lists, block
 * contents and one rule, as three values an item; then properties over generated text: any text
 * gives well-formed items, and rules written with comments and whitespace anywhere between their
 * tokens come back as written, comments dropped and whitespace one space.
 */
class CssRuleSyntaxTest {
  private static List<String> items(String... values) {
    return Arrays.asList(values);
  }

  @Test
  void aSheetsRulesAtRulesAndWhatIsDropped() {
    assertEquals(
        items(
            null,
            "a > b",
            "color: red; margin: 0",
            "media",
            "(min-width: 1px)",
            "p{x:y}",
            "import",
            "url(x.css) screen",
            null,
            "layer",
            "a, b",
            null,
            "",
            "",
            "x"),
        CssRuleSyntax.ruleList(
            "<!-- a  >\n b /* c */ { color: red; margin: 0 } -->"
                + " @MEDIA (min-width: 1px) { p{x:y} }"
                + " @import url(x.css) screen; @layer a, b; @ { x }"
                + " .unclosed"));
  }

  @Test
  void stringsCommentsEscapesAndBracketsDoNotEndARule() {
    assertEquals(
        items(null, "a[title=\"{;}\"]", "content: '}' ; x: \\}", null, "b", "c: (})"),
        CssRuleSyntax.ruleList("a[title=\"{;}\"] { content: '}' /* } */; x: \\} } b { c: (}) }"));
  }

  @Test
  void aBlockLeftOpenClosesAtTheEnd() {
    assertEquals(items("media", "x", "a { b: c"), CssRuleSyntax.ruleList("@media x { a { b: c"));
  }

  @Test
  void blockContentsAreRunsOfDeclarationsAndNestedRules() {
    assertEquals(
        items(
            null,
            null,
            "color: red; --x: {a}",
            null,
            "&:hover",
            "color: blue",
            "media",
            "print",
            "color: black",
            null,
            null,
            "margin: 0"),
        CssRuleSyntax.blockContents(
            "color: red; --x: {a}; &:hover { color: blue } @media print { color: black }"
                + " bogus; margin: 0;"));
  }

  @Test
  void aDeclarationWhoseValueHoldsABlockIsARule() {
    assertEquals(items(null, "a:hover", "b: c"), CssRuleSyntax.blockContents("a:hover { b: c }"));
  }

  @Test
  void oneRuleIsExactlyOne() {
    assertEquals(items(null, "a", "b: c"), CssRuleSyntax.oneRule("  a { b: c } /* end */ "));
    assertEquals(items(), CssRuleSyntax.oneRule("a { b: c } d { e: f }"));
    assertEquals(items(), CssRuleSyntax.oneRule("   "));
    assertEquals(items(), CssRuleSyntax.oneRule("a"));
  }

  @Provide
  Arbitrary<String> cssText() {
    return Arbitraries.strings()
        .withChars("abz-_:;{}()[]\"'\\/*@<!>,.&# \n\u00e9\u00a0")
        .ofMaxLength(80);
  }

  @Property(tries = 2000)
  void anyTextGivesWellFormedItems(@ForAll("cssText") String text) {
    for (List<String> out :
        List.of(
            CssRuleSyntax.ruleList(text),
            CssRuleSyntax.blockContents(text),
            CssRuleSyntax.oneRule(text))) {
      assertEquals(0, out.size() % 3, text);
      for (int i = 0; i < out.size(); i += 3) {
        if (out.get(i) == null && out.get(i + 1) != null) {
          assertNotNull(out.get(i + 2), "a qualified rule's block: " + text);
        }
      }
    }
  }

  /** A style rule: its selector's tokens and its declarations, as written without comments. */
  record Rule(List<String> selector, List<String> declarations) {}

  @Provide
  Arbitrary<List<Rule>> rules() {
    Arbitrary<List<String>> selector =
        Arbitraries.of(
            List.of("a"),
            List.of(".b", ">", "c"),
            List.of("#d", "~", "e", "+", "f"),
            List.of("g:hover"),
            List.of("[h=\"i  j\"]", "k"));
    Arbitrary<List<String>> declarations =
        Arbitraries.of("color: red", "margin: 0 auto", "--x: 1px", "content: \"; }\"")
            .list()
            .ofMinSize(1)
            .ofMaxSize(3);
    return Combinators.combine(selector, declarations).as(Rule::new).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> gaps() {
    return Arbitraries.of(" ", "\n", "\t ", "/* c */ ", " /* { } */ ");
  }

  @Property(tries = 500)
  void rulesComeBackAsWritten(@ForAll("rules") List<Rule> rules, @ForAll("gaps") String gap) {
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (Rule r : rules) {
      // whitespace or comments around every token
      text.append(gap).append(String.join(gap, r.selector())).append(gap).append('{');
      text.append(gap).append(String.join(";" + gap, r.declarations())).append(gap).append('}');
      expected.addAll(
          items(null, String.join(" ", r.selector()), String.join("; ", r.declarations())));
    }
    assertEquals(expected, CssRuleSyntax.ruleList(text.toString()), text.toString());
  }
}
