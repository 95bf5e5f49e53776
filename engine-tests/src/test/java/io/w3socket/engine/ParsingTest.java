package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A page's scripts run as the HTML parser meets them (HTML #parsing, #the-end), in both engines: a
 * parser-inserted script sees the nodes parsed before its end tag and not those after it
 * (document.body is null in the head), what it appends comes before what the parser makes next,
 * document.currentScript is its element, and an external script with defer runs once the page is
 * parsed, after the readiness became interactive and before DOMContentLoaded. The page prints what
 * headless Chromium 156 printed for it.
 */
class ParsingTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aScriptSeesWhatWasParsedBeforeIt(JsEngine engine) throws Exception {
    Files.writeString(
        dir.resolve("d.js"),
"""
log('defer ' + (document.body !== null) + ' ' + (document.getElementById('late') !== null) + ' ' + document.readyState + ' ' + (document.currentScript && document.currentScript.getAttribute('src')));
""");
    Files.writeString(
        dir.resolve("e.js"),
"""
log('external ' + (document.getElementById('late') !== null) + ' ' + document.currentScript.getAttribute('src') + ' ' + (document.currentScript.parentNode === document.body));
""");
    Path file = dir.resolve("page.html");
    Files.writeString(
        file,
"""
<!DOCTYPE html><html><head><title>t</title>
<script>
var L = [];
function log(x) { L.push(x); }
log('head ' + (document.body === null) + ' ' + (document.head !== null) + ' ' + document.documentElement.children.length + ' ' + document.head.children.length
  + ' ' + (document.currentScript === document.head.lastElementChild) + ' ' + document.readyState + ' ' + document.getElementsByTagName('*').length);
document.addEventListener('DOMContentLoaded', function () { log('DOMContentLoaded ' + (document.currentScript === null)); });
window.addEventListener('load', function () {
  log('load');
  var head = document.head;
  document.documentElement.removeChild(document.body);
  log('body removed ' + (document.body === null) + ' ' + (document.head === head) + ' ' + document.documentElement.children.length);
  setTimeout(function () { console.log(L.join('\\n')); }, 10); });
</script>
<script defer src="d.js"></script>
<meta name="after" content="x">
</head><body class="b">
<div id="first">first</div>
<script>
log('body ' + (document.getElementById('first') !== null) + ' ' + (document.getElementById('late') === null) + ' ' + document.body.children.length
  + ' ' + (document.body.lastChild === document.currentScript) + ' ' + document.head.children.length + ' ' + (document.querySelector('meta[name=after]') !== null));
var made = document.createElement('p'); made.id = 'made'; document.body.appendChild(made);
document.getElementById('first').appendChild(document.createElement('i'));
</script>
<script src="e.js"></script>
<div id="late">late <span>x</span></div>
<script>
log('end ' + Array.prototype.map.call(document.body.children, function (e) { return e.tagName + (e.id ? '#' + e.id : ''); }).join(','));
log('first ' + document.getElementById('first').innerHTML);
</script>
</body></html>
""",
        StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(file, null));
    assertEquals(
        List.of(
"""
head true true 1 2 true loading 4
body true true 2 true 4 true
external false e.js true
end DIV#first,SCRIPT,P#made,SCRIPT,DIV#late,SCRIPT
first first<i></i>
defer true true interactive d.js
DOMContentLoaded true
load
body removed true true 1
"""
                .split("\n")),
        o.out(),
        o::toString);
  }

  /**
   * document.write (HTML #dynamic-markup-insertion) while the page's scripts run: the text parsed
   * just after the writing script, an inline script in it run at once (the nodes written after it
   * not there yet), an external one after the writer returned; a deferred script's write ignored
   * with Chromium's warning; after the load, a write opens the document anew. The console lines are
   * what headless Chromium 156 printed; the first four are the runner's output of the text written
   * (as of a changed element's text).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void documentWriteInsertsAfterTheWritingScript(JsEngine engine) throws Exception {
    Files.writeString(
        dir.resolve("wx.js"),
"""
log('external written ' + (document.getElementById('late') === null) + ' ' + document.currentScript.getAttribute('src'));
""");
    Files.writeString(
        dir.resolve("wd.js"),
"""
var ps = document.getElementsByTagName('p').length;
document.write('<p>ignored</p>');
log('deferred wrote nothing ' + (document.getElementsByTagName('p').length === ps) + ' ' + document.readyState);
""");
    Path file = dir.resolve("write.html");
    Files.writeString(
        file,
"""
<!DOCTYPE html><html><head><script>
var L = [];
function log(x) { L.push(x); }
document.write('<meta name="w" content="1">');
log('head write ' + document.head.children.length + ' ' + (document.body === null));
</script><script defer src="wd.js"></script></head><body>
<div id="a">a</div>
<script>
document.write('<p id="w1">written <b>one</b></p>', '<script>log("written script " + (document.currentScript && document.currentScript.textContent.length > 0) + " " + (document.getElementById("w2") === null) + " " + (document.getElementById("late") === null)); document.write("<i id=nested>n</i>");<\\/script>', '<p id="w2">two</p>');
log('after write ' + (document.getElementById('w1') !== null) + ' ' + (document.getElementById('late') === null));
document.writeln('x');
document.write('<script src="wx.js"><\\/script><script>log("inline after external")<\\/script>');
log('writer returns');
</script>
<div id="late">late</div>
<script>
log('order ' + Array.prototype.map.call(document.body.children, function (e) { return e.tagName + (e.id ? '#' + e.id : ''); }).join(','));
log('open returns ' + (document.open() === document) + ' ' + document.body.children.length);
window.addEventListener('load', function () {
  setTimeout(function () {
    var before = L.slice();
    document.write('<h1>replaced</h1>');
    var info = 'after load: ' + (document.body && document.body.innerHTML) + ' ' + document.getElementsByTagName('script').length + ' ' + (document.getElementById('a') === null);
    document.close();
    console.log(before.concat([info]).join('\\n'));
  }, 0);
});
</script>
</body></html>
""",
        StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(file, null));
    List<String> expected = new ArrayList<>(List.of("n", "written one two", "x", "replaced"));
    expected.addAll(
        List.of(
"""
head write 2 true
written script true true true
after write true true
writer returns
external written true wx.js
inline after external
order DIV#a,SCRIPT,P#w1,SCRIPT,I#nested,P#w2,SCRIPT,SCRIPT,DIV#late,SCRIPT
open returns true 10
deferred wrote nothing true interactive
after load: <h1>replaced</h1> 0 true
"""
                .split("\n")));
    assertEquals(expected, o.out(), o::toString);
    assertEquals(
        List.of(
            "Failed to execute 'write' on 'Document': It isn't possible to write into a document"
                + " from an asynchronously-loaded external script unless it is explicitly opened."),
        o.err(),
        o::toString);
  }
}
