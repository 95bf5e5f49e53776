package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The URL Standard's parser for every scheme, through the URL interface's getters. */
class WhatwgUrlTest {
  @ParameterizedTest(name = "{0} (base {1})")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        // input | base | href | origin | host | pathname | search | hash
        "HTTP://Example.COM:80/a/../b?x=1#f|NULL|http://example.com/b?x=1#f|http://example.com|example.com|/b|?x=1|#f",
        "ftp://h:21/x|NULL|ftp://h/x|ftp://h|h|/x||",
        "ftp://h:2121|NULL|ftp://h:2121/|ftp://h:2121|h:2121|/||",
        "file:///tmp/a b|NULL|file:///tmp/a%20b|null||/tmp/a%20b||",
        "file://localhost/etc|NULL|file:///etc|null||/etc||",
        "mailto:someone@example.com?subject=hi|NULL|mailto:someone@example.com?subject=hi|null||someone@example.com|?subject=hi|",
        "data:text/plain,a b|NULL|data:text/plain,a b|null||text/plain,a b||",
        "javascript:alert(1)|NULL|javascript:alert(1)|null||alert(1)||",
        "blob:https://a.example:8443/uuid|NULL|blob:https://a.example:8443/uuid|https://a.example:8443||https://a.example:8443/uuid||",
        "foo://Host:99/p/./q/../r|NULL|foo://Host:99/p/r|null|Host:99|/p/r||",
        "foo://h|NULL|foo://h|null|h|||",
        "foo:/a/b\\c|NULL|foo:/a/b\\c|null||/a/b\\c||",
        "foo:/.//p|NULL|foo:/.//p|null||//p||",
        "../c?q#h|http://h/a/b/|http://h/a/c?q#h|http://h|h|/a/c|?q|#h",
        "#frag|mailto:x|mailto:x#frag|null||x||#frag",
        "d|foo://h/a/b|foo://h/a/d|null|h|/a/d||",
        "//other/x|foo://h/a|foo://other/x|null|other|/x||",
        "?a='b'|foo://h/p|foo://h/p?a='b'|null|h|/p|?a='b'|",
        "?a='b'|http://h/p|http://h/p?a=%27b%27|http://h|h|/p|?a=%27b%27|",
        "#a b`|http://h/|http://h/#a%20b%60|http://h|h|/||#a%20b%60",
      })
  void parsesEverySchemeAsTheStandardDoes(
      String input,
      String base,
      String href,
      String origin,
      String host,
      String pathname,
      String search,
      String hash) {
    WhatwgUrl u = WhatwgUrl.parse(input, base);
    assertEquals(href, u.href());
    assertEquals(origin, u.origin());
    assertEquals(host == null ? "" : host, u.host());
    assertEquals(pathname == null ? "" : pathname, u.pathname());
    assertEquals(search == null ? "" : search, u.search());
    assertEquals(hash == null ? "" : hash, u.hash());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "foo", "http://", "http://a b/", "foo://a b/", "http://h:99999/"})
  void failureIsAnIllegalArgumentNamingTheUrl(String input) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WhatwgUrl.parse(input, null));
    assertEquals(true, e.getMessage().startsWith("Invalid URL '" + input + "'"), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void aRelativeReferenceAgainstAnOpaquePathFails() {
    assertThrows(IllegalArgumentException.class, () -> WhatwgUrl.parse("x", "mailto:a"));
  }
}
