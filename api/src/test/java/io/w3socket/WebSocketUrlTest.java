package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * URL Standard #concept-basic-url-parser and #concept-url-serializer, as the WebSocket constructor
 * uses them.
 */
class WebSocketUrlTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ws://EXAMPLE.com|ws://example.com/",
        "ws://example.com:80/|ws://example.com/",
        "wss://example.com:443|wss://example.com/",
        "ws://example.com:443/|ws://example.com:443/",
        "wss://example.com:80/|wss://example.com:80/",
        "ws://example.com:/x|ws://example.com/x",
        "ws://example.com/a/../b/./c|ws://example.com/b/c",
        "ws://example.com/a/%2e%2E/b|ws://example.com/b",
        "ws://example.com/a/..|ws://example.com/",
        "ws://example.com/\u00e4?\u00f6=1|ws://example.com/%C3%A4?%C3%B6=1",
        "ws://example.com/a b?c d|ws://example.com/a%20b?c%20d",
        "ws://example.com/?'|ws://example.com/?%27",
        "ws://0x7f.1/|ws://127.0.0.1/",
        "ws://2130706433/|ws://127.0.0.1/",
        "ws://0x7f.0.0.1./|ws://127.0.0.1/",
        "ws://1.2.3/|ws://1.2.0.3/",
        "ws://0300.0250.0.1/|ws://192.168.0.1/",
        "ws://0x/|ws://0.0.0.0/",
        "ws://example.com\\a\\..\\b\\.\\c|ws://example.com/b/c",
        "ws://h/%2E%2e/x/.%2E/y|ws://h/y",
        "' ws://ex\tample.com/a\nb '|ws://example.com/ab",
        "ws://[0:0::1]:8080/|ws://[::1]:8080/",
        "ws://[1:0:0:2::3:0]/|ws://[1::2:0:0:3:0]/",
        "ws://[::ffff:127.0.0.1]/|ws://[::ffff:7f00:1]/",
        "ws:\\\\example.com\\x\\y|ws://example.com/x/y",
        "ws:example.com/x|ws://example.com/x",
        "ws:///example.com/|ws://example.com/",
        "ws://user:pa ss@example.com/|ws://user:pa%20ss@example.com/",
        "ws://b\u00fccher.de/|ws://xn--bcher-kva.de/",
        "ws://ex%41mple.com/|ws://example.com/",
        "HTTP://example.com/chat|http://example.com/chat",
      })
  void serializesLikeTheUrlStandard(String input, String expected) throws Exception {
    assertEquals(expected, WebSocketUrl.parse(input, null).serialize());
  }

  @ParameterizedTest(name = "{0} against {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/echo|http://example.com/dir/page.html|http://example.com/echo",
        "echo|http://example.com/dir/page.html|http://example.com/dir/echo",
        "../echo|http://example.com/dir/sub/page.html|http://example.com/dir/echo",
        "?x=1|http://example.com/dir/page.html?y|http://example.com/dir/page.html?x=1",
        "//other.org/p|https://example.com/|https://other.org/p",
        "wss://x.org/|http://example.com/|wss://x.org/",
        "http:rel|http://example.com/dir/|http://example.com/dir/rel",
      })
  void resolvesAgainstABase(String input, String base, String expected) throws Exception {
    assertEquals(expected, WebSocketUrl.parse(input, WebSocketUrl.parse(base, null)).serialize());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ws://",
        "ws://:80/",
        "ws://[::1/",
        "ws://[:::1]/",
        "ws://host:65536/",
        "ws://host:8a/",
        "ws://a b/",
        "ws://a<b/",
        "ws://%00/",
        "ws://a%20b/",
        "ws://1.2.3.4.5/",
        "ws://a.b.c.d.1/",
        "ws://a.b.c.0x1/",
        "ws://1.2.3.09/",
        "ws://example.1./",
        "ws://256.0.0.1/",
        "ws://0x100000000/",
        "ws://a^b/",
        "ws://a|b/",
        "relative/only"
      })
  void rejectsWhatTheUrlParserFails(String input) {
    assertThrows(WebSocketUrl.ParseException.class, () -> WebSocketUrl.parse(input, null));
  }

  @ParameterizedTest(name = "{0} has origin {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ws://Example.com:8080/x?y|ws://example.com:8080",
        "wss://example.com:443/|wss://example.com",
        "ws://[::1]:9/|ws://[::1]:9",
      })
  void originIsTheTupleOrigin(String input, String origin) throws Exception {
    assertEquals(origin, WebSocketUrl.parse(input, null).origin());
  }
}
