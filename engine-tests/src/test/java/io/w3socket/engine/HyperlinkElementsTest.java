package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The a and area elements' members (html-hyperlink-elements.js): the page prints what headless
 * Chromium 156 printed for it (served over http), in both engines.
 */
class HyperlinkElementsTest {
  @TempDir Path dir;

  /**
   * The href's URL parts read and set (written back to the attribute; nothing without an href or
   * with one that does not parse; credentials and port refused on mailto: and file: URLs, host and
   * path on an opaque path), the href as the string, text, noHref, target, download, relList with
   * its supported tokens (and classList's TypeError), referrerPolicy's keywords.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void urlPartsAndLinkAttributesAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "hyperlink.html",
        engine,
"""
<!DOCTYPE html><html><body><a id="l" href="https://user:pw@example.com:8080/p/q.html?x=1#frag">link <b>text</b></a>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var a = document.getElementById('l');
log(a.protocol, a.username, a.password, a.host, a.hostname, a.port, a.pathname, a.search, a.hash, a.origin, String(a), a + '', a.toString === HTMLAnchorElement.prototype.toString, a.text);
a.protocol = 'http'; a.hostname = 'example.org'; a.port = '81'; a.pathname = 'r s'; a.search = 'y=2'; a.hash = 'top'; a.username = ''; a.password = 'z';
log(a.getAttribute('href'));
a.search = ''; a.hash = ''; a.port = ''; log(a.href);
var b = document.createElement('a');
log(JSON.stringify([b.protocol, b.host, b.pathname, b.origin, b.hash, String(b)]));
b.hash = 'x'; b.pathname = '/y'; log(b.hasAttribute('href'));
b.setAttribute('href', 'http://[bad'); log(b.href, JSON.stringify([b.protocol, b.host, b.search]));
b.hash = 'x'; log(b.getAttribute('href'));
var m = document.createElement('a'); m.href = 'mailto:someone@example.com';
log(m.protocol, JSON.stringify(m.pathname), JSON.stringify(m.host)); m.host = 'evil.com'; m.pathname = 'other'; m.username = 'u'; log(m.href);
var f = document.createElement('a'); f.href = 'file:///tmp/x'; f.port = '99'; f.username = 'u'; log(f.href);
var rel = document.createElement('a'); rel.setAttribute('href', 'page.html'); rel.hash = 'h'; log(rel.getAttribute('href') === location.href.replace(/[^\\/]*$/, '') + 'page.html#h');
var area = document.createElement('area'); area.href = 'https://example.com/a'; log(area.host, area.pathname, String(area), area.noHref); area.noHref = true; log(area.getAttribute('nohref'), area.noHref);
a.target = '_blank'; a.download = 'f.txt'; a.rel = 'noopener  noreferrer'; log(a.getAttribute('target'), a.download, a.relList.length, a.relList.contains('noreferrer'), a.relList.supports('NOOPENER'), a.relList.supports('stylesheet'), a.relList === a.relList);
a.relList = 'opener'; log(a.rel);
var link = document.createElement('link'); log(link.relList.supports('stylesheet'), link.relList.supports('noopener'), document.createElement('form').relList.supports('noreferrer'));
try { document.body.classList.supports('x'); } catch (e) { log(e.name, e.message); }
log(JSON.stringify(a.referrerPolicy)); a.referrerPolicy = 'ORIGIN'; log(a.referrerPolicy, a.getAttribute('referrerpolicy')); a.referrerPolicy = 'bogus'; log(JSON.stringify(a.referrerPolicy));
var t = document.createElement('a'); t.innerHTML = 'x<i>y</i>'; t.text = 'plain'; log(t.innerHTML, a.hreflang, a.ping, a.coords, a.shape, JSON.stringify(document.createElement('base').target));
</script></body></html>
""",
"""
https: user pw example.com:8080 example.com 8080 /p/q.html ?x=1 #frag https://example.com:8080 https://user:pw@example.com:8080/p/q.html?x=1#frag https://user:pw@example.com:8080/p/q.html?x=1#frag true link text
http://:z@example.org:81/r%20s?y=2#top
http://:z@example.org/r%20s
[":","","","","",""]
false
http://[bad [":","",""]
http://[bad
mailto: "someone@example.com" ""
mailto:someone@example.com
file:///tmp/x
true
example.com /a https://example.com/a false
 true
_blank f.txt 2 true true false true
opener
true false true
TypeError Failed to execute 'supports' on 'DOMTokenList': DOMTokenList has no supported tokens.
""
origin ORIGIN
""
plain     ""
""");
  }
}
