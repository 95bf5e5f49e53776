package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SubjectCompound: the type, ids and classes of a selector's last compound, which screen the style
 * rules that use states (StyleRuleSelectors): combinators and the spaces around them, pseudo-classes
 * with and without arguments, attributes and strings holding combinator characters, escapes (a hex
 * escape's space is part of the name), a namespace prefix (none read).
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
}
