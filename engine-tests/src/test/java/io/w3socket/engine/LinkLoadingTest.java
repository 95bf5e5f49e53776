package io.w3socket.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The link element's style sheet fetch (HTML #link-type-stylesheet; html-link-element.js,
 * ResourceElements): the page prints what headless Chromium 156 printed for it against the same
 * routes, in both engines.
 */
class LinkLoadingTest {
  private static HttpRoutes http;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws IOException {
    http = new HttpRoutes();
    byte[] css = "p{color:red}".getBytes(StandardCharsets.UTF_8);
    http.bytes("/ok.css", 200, "text/css", css);
    http.respond("/none.css", 200, css);
    http.respond("/nosniff.css", 200, css, "X-Content-Type-Options", "nosniff");
    http.bytes("/404.css", 404, "text/css", css);
    http.bytes("/plain.css", 200, "text/plain", css);
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  /**
   * The parser's links and those a script inserts before load delay the load event, and each
   * stylesheet link fires load or error once: a file, a missing one, a data: URL, alternate and
   * print sheets, any rel case; none for an icon, an empty href, a URL that does not parse, a
   * disabled link, a type other than CSS, a link removed or never inserted; a response without a
   * Content-Type loads unless nosniff; a 404 fails; a changed href or rel fetches again; disabled
   * set after the insertion does not stop the fetch; a loaded link's sheet, whose rules a page of
   * another origin cannot read or change (SecurityError). The new IDL attributes reflect as
   * Chromium's. One line is not Chromium's: a text/plain sheet is an error, as
   * #link-type-stylesheet and web-platform-tests' link-style-error say (Chromium 156 fires load and
   * ignores the sheet).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void styleSheetLinksLoadAndDelayTheLoadEventAsInChromium(JsEngine engine) throws Exception {
    Files.writeString(dir.resolve("a.css"), "body{color:red}");
    Runs.assertPagePrints(
        dir,
        "links.html",
        engine,
        """
<!DOCTYPE html><html><head>
<link rel=stylesheet href="a.css" onload="seen.push('a.css load')" onerror="seen.push('a.css error')">
<link rel=stylesheet href="missing.css" onload="seen.push('missing.css load')" onerror="seen.push('missing.css error')">
<link rel=stylesheet href="data:text/css,p{}" onload="seen.push('data:text/css load')" onerror="seen.push('data:text/css error')">
<link rel="alternate stylesheet" href="a.css?alt" onload="seen.push('alternate load')" onerror="seen.push('alternate error')">
<link rel=stylesheet media=print href="a.css?print" onload="seen.push('print load')" onerror="seen.push('print error')">
<link rel=icon href="a.css?icon" onload="seen.push('icon load')" onerror="seen.push('icon error')">
<link rel=stylesheet href="" onload="seen.push('empty href load')" onerror="seen.push('empty href error')">
<link rel=stylesheet href="a.css?disabled" disabled onload="seen.push('disabled load')" onerror="seen.push('disabled error')">
<link rel=stylesheet type="text/plain" href="a.css?type" onload="seen.push('type load')" onerror="seen.push('type error')">
<script>
var seen = [];
function link(label, rel, href, setup) {
  var l = document.createElement('link');
  l.rel = rel;
  l.onload = function (e) { seen.push(label + ' load ' + e.bubbles + ' ' + e.cancelable); };
  l.onerror = function (e) { seen.push(label + ' error ' + e.bubbles + ' ' + e.cancelable); };
  if (setup) { setup(l); }
  l.href = href;
  document.head.appendChild(l);
  return l;
}
link('ok', 'stylesheet', '%BASE%/ok.css');
link('no type', 'stylesheet', '%BASE%/none.css');
link('nosniff no type', 'stylesheet', '%BASE%/nosniff.css');
link('404', 'stylesheet', '%BASE%/404.css');
link('text/plain', 'stylesheet', '%BASE%/plain.css');
link('upper rel', 'STYLESHEET', '%BASE%/ok.css?upper');
link('bad url', 'stylesheet', 'http://[bad');
var removed = link('removed', 'stylesheet', '%BASE%/ok.css?removed');
removed.remove();
var d = document.createElement('link'); d.rel = 'stylesheet'; d.href = '%BASE%/ok.css?disconnected';
d.onload = function () { seen.push('disconnected load'); };
var n = 0;
var h = link('href change', 'stylesheet', '%BASE%/ok.css?h1');
h.addEventListener('load', function () { n++; if (n === 1) { h.href = '%BASE%/ok.css?h2'; } else { seen.push('href changed: ' + h.href.replace(/.*\\//, '')); } });
var r = link('rel change', 'icon', '%BASE%/ok.css?rel');
r.rel = 'stylesheet';
var x = link('disabled later', 'stylesheet', '%BASE%/ok.css?x');
x.disabled = true;
window.onload = function () {
  seen.sort();
  console.log(seen.join('\\n'));
  var ok = document.querySelector('link[href$="/ok.css"]').sheet;
  try { console.log('sheet ' + ok.href.replace(/.*\\//, '') + ' ' + ok.cssRules.length); } catch (e) { console.log('sheet ' + ok.href.replace(/.*\\//, '') + ' ' + e.name + ': ' + e.message); }
  try { ok.insertRule('p{}'); } catch (e) { console.log(e.name + ': ' + e.message); }
  var l = document.createElement('link');
  console.log([l.crossOrigin, l.as, l.disabled, l.fetchPriority, l.referrerPolicy, l.sheet, l.sizes.length, l.blocking.supports('render')].join('|'));
  l.crossOrigin = 'x'; l.as = 'STYLE'; l.disabled = true; l.fetchPriority = 'HIGH'; l.referrerPolicy = 'origin'; l.sizes = '16x16 32x32'; l.imageSrcset = 'a 1x'; l.media = 'print';
  console.log([l.crossOrigin, l.as, l.disabled, l.fetchPriority, l.referrerPolicy, l.sizes.length].join('|') + ' ' + l.outerHTML);
};
</script>
</head><body></body></html>
"""
            .replace("%BASE%", http.url("")),
        """
404 error false false
a.css load
alternate load
data:text/css load
disabled later load false false
href change load false false
href change load false false
href changed: ok.css?h2
missing.css error
no type load false false
nosniff no type error false false
ok load false false
print load
rel change load false false
text/plain error false false
upper rel load false false
sheet ok.css SecurityError: Failed to read the 'cssRules' property from 'CSSStyleSheet': Cannot access rules
SecurityError: Failed to execute 'insertRule' on 'CSSStyleSheet': Cannot access StyleSheet to insertRule
||false|auto|||0|true
anonymous|style|true|high|origin|2 <link crossorigin="x" as="STYLE" disabled="" fetchpriority="HIGH" referrerpolicy="origin" sizes="16x16 32x32" imagesrcset="a 1x" media="print">
""");
  }

  /**
   * HTML #has-a-style-sheet-that-is-blocking-scripts: a script of the page waits for the style
   * sheets of the links before it in the markup (in the head, and in the body after another
   * script), a deferred one too; a print sheet and a link a script inserts do not hold scripts
   * back. Chromium 156's lines (the inserted sheet is read only at load, when it has surely
   * loaded).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void parsedStyleSheetsBlockScriptsAsInChromium(JsEngine engine) throws Exception {
    Files.writeString(dir.resolve("a.css"), ".a { color: rgb(1, 2, 3); }");
    Files.writeString(dir.resolve("b.css"), ".b { color: rgb(4, 5, 6); }");
    Files.writeString(dir.resolve("p.css"), ".p { color: rgb(7, 8, 9); }");
    Files.writeString(dir.resolve("d.css"), ".d { color: rgb(10, 11, 12); }");
    Files.writeString(dir.resolve("deferred.js"), "colors('deferred');");
    Runs.assertPagePrints(
        dir,
        "blocking.html",
        engine,
        """
<!DOCTYPE html><html><head>
<link rel="stylesheet" href="a.css">
<link rel="stylesheet" href="p.css" media="print">
<script>
var out = [];
function log(s) { out.push(s); }
function colors(at, classes) {
  var e = document.createElement('i'); e.className = 'a b p d'; document.documentElement.appendChild(e);
  log(at + ': ' + (classes || ['a', 'b', 'p']).map(function (c) { e.className = c; return c + '=' + getComputedStyle(e).color; }).join(' '));
  e.remove();
}
colors('head script');
var s = document.createElement('link'); s.rel = 'stylesheet'; s.href = 'd.css'; document.head.appendChild(s);
</script>
</head><body>
<script>colors('body script 1');</script>
<link rel="stylesheet" href="b.css">
<script>colors('body script 2');</script>
<script defer src="deferred.js"></script>
<script>
document.addEventListener('DOMContentLoaded', function () { log('DOMContentLoaded'); });
window.addEventListener('load', function () { colors('load', ['a', 'b', 'p', 'd']); console.log(out.join('\\n')); });
</script>
</body></html>
""",
        """
head script: a=rgb(1, 2, 3) b=rgb(0, 0, 0) p=rgb(0, 0, 0)
body script 1: a=rgb(1, 2, 3) b=rgb(0, 0, 0) p=rgb(0, 0, 0)
body script 2: a=rgb(1, 2, 3) b=rgb(4, 5, 6) p=rgb(0, 0, 0)
deferred: a=rgb(1, 2, 3) b=rgb(4, 5, 6) p=rgb(0, 0, 0)
DOMContentLoaded
load: a=rgb(1, 2, 3) b=rgb(4, 5, 6) p=rgb(0, 0, 0) d=rgb(10, 11, 12)
""");
  }
}
