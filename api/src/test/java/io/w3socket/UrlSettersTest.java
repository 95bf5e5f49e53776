package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The URL interface's setters (#dom-url-protocol … #dom-url-hash) through {@link WhatwgUrl}'s
 * {@code with…} methods. Every row is the standard's answer; where headless Chromium 156 answers
 * otherwise the row says so.
 */
class UrlSettersTest {
  @ParameterizedTest(name = "{0} .{1} = ''{2}''")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      quoteCharacter = '"',
      value = {
        // url | setter | value | href after
        // #dom-url-protocol: the scheme state with state override.
        "http://a/|protocol|https|https://a/",
        "http://a/|protocol|HTTPS:xx|https://a/",
        "http://a/|protocol|h\ttp|http://a/",
        "http://a/|protocol|ht tp|http://a/",
        "http://a/|protocol|1http|http://a/",
        "http://a/|protocol|\"\"|http://a/",
        "http://a/|protocol|foo|http://a/",
        // a URL that is not special stays so (Chromium makes this http://a/)
        "foo://a/|protocol|http|foo://a/",
        "mailto:x|protocol|foo|foo:x",
        "http://a:443/|protocol|https|https://a/",
        "ws://a:443/|protocol|wss|wss://a/",
        "http://u@a/|protocol|file|http://u@a/",
        "http://a:81/|protocol|file|http://a:81/",
        "file:///x|protocol|http|file:///x",
        "file://h/x|protocol|http|http://h/x",
        // #dom-url-username, #dom-url-password: the userinfo percent-encode set.
        "http://a/|username|a@b:c|http://a%40b%3Ac@a/",
        "http://a/|password|p:q@|http://:p%3Aq%40@a/",
        "http://u:p@a/|username|\"\"|http://:p@a/",
        "http://u:p@a/|password|\"\"|http://u@a/",
        "http://a/|username|\u00e9 %|http://%C3%A9%20%@a/",
        "file:///x|username|u|file:///x",
        "foo:///x|username|u|foo:///x",
        "mailto:x|password|p|mailto:x",
        // #dom-url-host: host state, then port state, with state override.
        "http://a:8/|host|b:9|http://b:9/",
        "http://a:8/|host|b|http://b:8/",
        "http://a:8/|host|b:|http://b:8/",
        "http://a:8/|host|b:80|http://b/",
        "http://a/|host|b:9x|http://b:9/",
        "http://a/|host|b:99999|http://b/",
        "http://a/|host|b/c?d#e|http://b/",
        "http://a/|host|b\\c|http://b/",
        "http://a/|host|[::1]:9|http://[::1]:9/",
        "http://a/|host|B%41|http://ba/",
        "http://a/|host|0x7f.1|http://127.0.0.1/",
        "http://a/|host|\"\"|http://a/",
        "http://a/|host|:9|http://a/",
        // a space is a forbidden domain code point (Chromium makes this http://b%20c/)
        "http://a/|host|b c|http://a/",
        "foo://a/|host|\"\"|foo:///",
        "foo://u@a/|host|\"\"|foo://u@a/",
        "foo://a/|host|b\\c|foo://a/",
        "foo:/p|host|b|foo://b/p",
        "mailto:x|host|b|mailto:x",
        // file host state (Chromium: file://localhost/x and file://b/x)
        "file:///x|host|b|file://b/x",
        "file://a/x|host|\"\"|file:///x",
        "file://a/x|host|localhost|file:///x",
        "file://a/x|host|b:8|file://a/x",
        // #dom-url-hostname: a ':' is failure.
        "http://a:8/|hostname|b:9|http://a:8/",
        "http://a:8/|hostname|b|http://b:8/",
        "http://a/|hostname|[::1]|http://[::1]/",
        "foo://a:8/|hostname|\"\"|foo://a:8/",
        "foo://a/|hostname|\"\"|foo:///",
        // #dom-url-port: the digits up to the first other code point.
        "http://a:8/|port|9|http://a:9/",
        "http://a:8/|port|8080x|http://a:8080/",
        "http://a:8/|port|9/x|http://a:9/",
        "http://a:8/|port|x|http://a:8/",
        "http://a:8/|port|\" 9\"|http://a:8/",
        "http://a:8/|port|\t9|http://a:9/",
        "http://a:8/|port|00009|http://a:9/",
        "http://a:8/|port|\"\"|http://a/",
        "http://a:8/|port|80|http://a/",
        "http://a:8/|port|65535|http://a:65535/",
        "http://a:8/|port|65536|http://a:8/",
        "foo://a/x|port|9|foo://a:9/x",
        "file:///x|port|9|file:///x",
        "foo:/x|port|9|foo:/x",
        // #dom-url-pathname: path start state with state override: '?' and '#' are encoded.
        "http://a/b|pathname|c?d#e|http://a/c%3Fd%23e",
        "http://a/b|pathname|x/../y/./z|http://a/y/z",
        "http://a/b|pathname|%2e%2E/x|http://a/x",
        "http://a/b|pathname|\\x\\y|http://a/x/y",
        "http://a/b|pathname|\"\"|http://a/",
        "http://a/b|pathname|\" \u00e9\"|http://a/%20%C3%A9",
        "foo://a/b|pathname|\"\"|foo://a",
        "foo://a/b|pathname|x|foo://a/x",
        "foo://a/b|pathname|\\x|foo://a/\\x",
        "foo:/b|pathname|\"\"|foo:/",
        "foo:/b|pathname|//x|foo:/.//x",
        "mailto:x|pathname|y|mailto:x",
        "file:///b|pathname|c:/x|file:///c:/x",
        // a drive letter is normalized (Chromium: file:///C%7C/x)
        "file:///b|pathname|\"/C|/x\"|file:///C:/x",
        "file:///b|pathname|C:/../../x|file:///C:/x",
        // #dom-url-search: the query state with state override.
        "http://a/b?q|search|x#y|http://a/b?x%23y",
        "http://a/b?q|search|??x|http://a/b??x",
        "http://a/b?q|search|\"\"|http://a/b",
        // an empty query stays (Chromium removes it)
        "http://a/b?q|search|?|http://a/b?",
        "http://a/b|search|'|http://a/b?%27",
        // the query percent-encode set of a URL that is not special (Chromium encodes the ')
        "foo://a/b|search|'|foo://a/b?'",
        "http://a/b#h|search|a b|http://a/b?a%20b#h",
        // #dom-url-hash: the fragment state with state override.
        "http://a/b#h|hash|#x#y|http://a/b#x#y",
        "http://a/b#h|hash|\"\"|http://a/b",
        "http://a/b#h|hash|#|http://a/b#",
        "http://a/b|hash|\" `<>\"|http://a/b#%20%60%3C%3E",
        // an opaque path's space before '?' or '#' is %20 (Chromium keeps the space)
        "mailto:x #h|hash|\"\"|mailto:x%20",
        "mailto:x ?q|search|\"\"|mailto:x%20",
      })
  void eachSetterIsTheStandards(String url, String setter, String value, String href) {
    WhatwgUrl u = WhatwgUrl.parse(url, null);
    assertEquals(href, SETTERS.get(setter).apply(u, value).href());
  }

  @Test
  void aSetterThatChangesNothingAnswersTheSameUrl() {
    WhatwgUrl u = WhatwgUrl.parse("http://a:8/p", null);
    assertSame(u, u.withPort("x"));
    assertSame(u, u.withProtocol("foo"));
    assertSame(u, u.withHostname("b:9"));
  }

  private static final java.util.Map<String, BiFunction<WhatwgUrl, String, WhatwgUrl>> SETTERS =
      java.util.Map.of(
          "protocol", WhatwgUrl::withProtocol,
          "username", WhatwgUrl::withUsername,
          "password", WhatwgUrl::withPassword,
          "host", WhatwgUrl::withHost,
          "hostname", WhatwgUrl::withHostname,
          "port", WhatwgUrl::withPort,
          "pathname", WhatwgUrl::withPathname,
          "search", WhatwgUrl::withSearch,
          "hash", WhatwgUrl::withHash);
}
