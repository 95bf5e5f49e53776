package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * URL Standard #concept-domain-to-ascii (UTS #46 nontransitional, CheckBidi and CheckJoiners on,
 * CheckHyphens and VerifyDnsLength off), on ICU4J, which the api's tests have on their class path.
 */
class DomainToAsciiTest {
  @Test
  void icu4jIsUsed() {
    assertTrue(DomainToAscii.uts46(), "ICU4J is on the api's test class path");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // nontransitional: ß and ς are kept (IDNA 2003 and transitional UTS #46 map them to ss, σ)
    "Fa\u00df.de, xn--fa-hia.de",
    "\u03c2.gr, xn--3xa.gr",
    "stra\u00dfe.m\u00fcnchen.de, xn--strae-oqa.xn--mnchen-3ya.de",
    // mapping: case, full-width letters and ideographic full stops, a soft hyphen dropped
    "XN--FA-HIA.de, xn--fa-hia.de",
    "\uff21\uff22\uff23.com, abc.com",
    "a.b\u3002c\uff0ed\uff61e, a.b.c.d.e",
    "a\u00adb.com, ab.com",
    "\u00ad.com, .com",
    "\ud83d\udca9.la, xn--ls8h.la",
    "x\u0301.com, xn--x-xbb.com",
    // CheckHyphens and VerifyDnsLength are off
    "ab--c.com, ab--c.com",
    "-x.com, -x.com",
    "a..b, a..b",
    // an ASCII name without an xn-- label is only lowercased
    "LocalHost, localhost",
    "xn--zca.com, xn--zca.com",
  })
  void mapsAsTheUrlStandardSays(String domain, String ascii) {
    assertEquals(ascii, DomainToAscii.toAscii(domain));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\u200db.com", // CheckJoiners: a ZWJ not after a virama
        "a\u200cb.com", // CheckJoiners: a ZWNJ in no joining context
        "a\u0644.com", // CheckBidi: a label mixing left-to-right and Arabic letters
        "\u0661\u0662.com", // CheckBidi: Arabic-Indic digits alone
        "xn--a.com", // an xn-- label that is not Punycode of a valid label
        "xn--.com",
        "\u2488.com", // disallowed
        "\u0378.com", // unassigned
      })
  void anErrorIsFailure(String domain) {
    assertNull(DomainToAscii.toAscii(domain));
  }

  @Test
  void theHostParserUsesIt() {
    assertEquals("ws://xn--fa-hia.de/", WhatwgUrl.parse("ws://Fa%C3%9F.de/", null).href());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> WhatwgUrl.parse("http://xn--a.com/", null));
    assertTrue(e.getMessage().contains("is not a valid domain"), e.getMessage());
  }

  @Test
  void withoutIcu4jJavaNetIdnGivesIdna2003() {
    // What a class path without ICU4J gets (the api's README says so): ß becomes ss.
    assertEquals("fass.de", DomainToAscii.idna2003("Fa\u00df.de"));
    assertEquals("xn--bcher-kva.de", DomainToAscii.idna2003("b\u00fccher.de"));
  }
}
