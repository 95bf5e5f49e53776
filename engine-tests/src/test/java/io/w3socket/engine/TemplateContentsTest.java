package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The template element's contents (HTML #the-template-element, TemplateContents): what the parser
 * put inside a template is its content fragment, not its children (so not found by the document's
 * queries, its scripts not run until a clone is inserted), nested templates too; innerHTML and
 * outerHTML serialize the contents, innerHTML sets them (with MutationObserver records on the
 * fragment), a deep clone and importNode copy them, the classic clone-and-fill pattern, and
 * insertAdjacentHTML on a template inserts children. The page prints what headless Chromium 156
 * printed for it, in both engines; it leaves out the contents' owner document (here the page's own,
 * in Chromium an inert document of its own).
 */
class TemplateContentsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void templateContentsAsChromiumHasThem(JsEngine engine) throws Exception {
    Path page = dir.resolve("template.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body><template id=t><li class=item><b>name</b>: <span class=text></span></li><template id=inner><i>deep</i></template><script>console.log('template script ran')</script></template><ul id=list></ul><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var t = document.getElementById('t');
log(t.childNodes.length, t.content.nodeType, t.content.nodeName, t.content === t.content, t.content.childNodes.length, t.content.firstChild.nodeName, t instanceof HTMLTemplateElement, t.content instanceof DocumentFragment);
log(document.querySelectorAll('li').length, document.getElementById('inner'), t.content.querySelector('#inner').content.firstChild.outerHTML, t.content.getElementById ? String(t.content.getElementById('inner').id) : 'no getElementById');
log(JSON.stringify(t.innerHTML));
log(JSON.stringify(t.outerHTML.slice(0, 60)));
log(JSON.stringify(t.textContent), JSON.stringify(document.body.textContent.slice(0, 20)));
['one', 'two'].forEach(function (word) {
  var li = t.content.cloneNode(true);
  li.querySelector('.text').textContent = word;
  document.getElementById('list').appendChild(li);
});
var imported = document.importNode(t.content, true);
log(imported.childNodes.length, imported.querySelector('template').content.childNodes.length);
log(JSON.stringify(document.getElementById('list').innerHTML));
var c = t.cloneNode(true); log('clone', c.content.childNodes.length, c.content !== t.content, c.content.firstChild !== t.content.firstChild, t.cloneNode(false).content.childNodes.length);
var n = document.createElement('template'); log('new', n.content.childNodes.length, n.content.nodeType);
n.innerHTML = '<p>a</p><tr><td>x</td></tr><script>console.log("innerHTML script ran")<\\/script>';
log('innerHTML', n.childNodes.length, n.content.childNodes.length, JSON.stringify(n.innerHTML));
document.body.appendChild(n.content.cloneNode(true));
n.appendChild(document.createElement('em')); log('child', n.childNodes.length, JSON.stringify(n.innerHTML), n.content.childNodes.length);
var d = document.createElement('div'); d.innerHTML = '<template><u>x</u></template>'; log('div', JSON.stringify(d.innerHTML), d.firstChild.content.childNodes.length, d.firstChild.childNodes.length);
try { Object.getOwnPropertyDescriptor(HTMLTemplateElement.prototype, 'content').get.call(d); } catch (e) { log(e.name, e.message); }
t.content.appendChild(document.createElement('hr')); log(JSON.stringify(t.innerHTML.slice(-20)));
var mo = new MutationObserver(function (rs) { rs.forEach(function (r) { log('record', r.type, r.target.nodeName, r.addedNodes.length, r.removedNodes.length); }); });
mo.observe(n.content, {childList: true}); mo.observe(n, {childList: true});
n.innerHTML = '<q>z</q>';
d.insertAdjacentHTML('beforeend', '<s>1</s>'); log(JSON.stringify(d.innerHTML));
n.insertAdjacentHTML('afterbegin', '<s>2</s>'); log(JSON.stringify(n.innerHTML), n.childNodes.length);
log(t.content.ownerDocument === n.content.ownerDocument);
</script></body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        List.of(
"""
0 11 #document-fragment true 3 LI true true
0  <i>deep</i> inner
"<li class=\\"item\\"><b>name</b>: <span class=\\"text\\"></span></li><template id=\\"inner\\"><i>deep</i></template><script>console.log('template script ran')</script>"
"<template id=\\"t\\"><li class=\\"item\\"><b>name</b>: <span class=\\""
"" "\\nfunction log() { co"
template script ran
template script ran
3 1
"<li class=\\"item\\"><b>name</b>: <span class=\\"text\\">one</span></li><template id=\\"inner\\"><i>deep</i></template><script>console.log('template script ran')</script><li class=\\"item\\"><b>name</b>: <span class=\\"text\\">two</span></li><template id=\\"inner\\"><i>deep</i></template><script>console.log('template script ran')</script>"
clone 3 true true 0
new 0 11
innerHTML 0 3 "<p>a</p>x<script>console.log(\\"innerHTML script ran\\")</script>"
child 1 "<p>a</p>x<script>console.log(\\"innerHTML script ran\\")</script>" 3
div "<template><u>x</u></template>" 1 0
TypeError Illegal invocation
"t ran')</script><hr>"
"<template><u>x</u></template><s>1</s>"
"<q>z</q>" 2
true
record childList #document-fragment 1 3
record childList TEMPLATE 1 0
"""
                .split("\\n")),
        o.out(),
        o::toString);
  }
}
