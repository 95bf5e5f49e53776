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
 * MutationObserver (DOM #mutation-observers) in both engines: the records of insertions (a moved
 * node's removal from its old parent first, a fragment's children), removals, replaceChild's single
 * record, replacing all children (textContent, innerHTML, replaceChildren), attribute changes
 * through setAttribute, reflections, classList and style, character data; subtree, attributeFilter
 * and old values; transient observers of a removed subtree; takeRecords, disconnect; the callbacks
 * in one microtask after the task's script, in the observers' creation order; the options'
 * TypeErrors. The console lines are what headless Chromium 156 printed for the page; the first two
 * are the runner's output of the element texts the page set.
 */
class MutationObserverTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void recordsReachTheObserversAsInChromium(JsEngine engine) throws Exception {
    Path file = dir.resolve("page.html");
    Files.writeString(
        file,
"""
<!DOCTYPE html><html><body><div id="root"><p id="a">A</p><p id="b">B</p></div><div id="other"><span id="s">S</span></div><script>
var out = [];
function name(n) { return n === null ? 'null' : n.nodeType === 3 ? '#text(' + n.data + ')' : n.nodeType === 11 ? '#fragment' : n.nodeName.toLowerCase() + (n.id ? '#' + n.id : ''); }
function list(l) { return '[' + Array.prototype.map.call(l, name).join(',') + ']'; }
function rec(tag) {
  return function (records, observer) {
    out.push(tag + ' ' + records.length + ' ' + (observer === this));
    records.forEach(function (r) {
      out.push('  ' + r.type + ' ' + name(r.target) + ' +' + list(r.addedNodes) + ' -' + list(r.removedNodes) + ' prev=' + name(r.previousSibling) + ' next=' + name(r.nextSibling)
        + (r.attributeName !== null ? ' attr=' + r.attributeName : '') + ' old=' + JSON.stringify(r.oldValue) + ' ns=' + r.attributeNamespace);
    });
  };
}
var root = document.getElementById('root');
var other = document.getElementById('other');
var mo1 = new MutationObserver(rec('mo1'));
mo1.observe(root, {childList: true, subtree: true, attributes: true, attributeOldValue: true, characterData: true, characterDataOldValue: true});
var mo2 = new MutationObserver(rec('mo2'));
mo2.observe(root, {attributeFilter: ['class']});
mo2.observe(other, {childList: true});
var c = document.createElement('p'); c.id = 'c';
root.appendChild(c);
root.insertBefore(document.createTextNode('t'), document.getElementById('a'));
root.removeChild(document.getElementById('b'));
var d = document.createElement('i'); d.id = 'd';
root.replaceChild(d, c);
var f = document.createDocumentFragment(); f.appendChild(document.createElement('em')); f.appendChild(document.createTextNode('x'));
document.getElementById('a').appendChild(f);
root.appendChild(document.getElementById('s'));
document.getElementById('a').setAttribute('class', 'k');
document.getElementById('a').className = 'k2';
document.getElementById('a').removeAttribute('class');
document.getElementById('a').removeAttribute('nope');
d.setAttribute('data-x', '1');
d.classList.add('z');
d.style.color = 'red';
document.getElementById('a').firstChild.data = 'A2';
Promise.resolve().then(function () { out.push('promise before? ' + out.length); });
out.push('sync end ' + out.length);
setTimeout(function () {
  out.push('--- second round');
  var a = document.getElementById('a');
  root.removeChild(a);
  a.setAttribute('title', 'removed but transient');
  a.textContent = 'new';
  root.textContent = 'all';
  out.push('taken ' + mo1.takeRecords().length);
  root.innerHTML = '<b>1</b><b>2</b>';
  root.replaceChildren('r', document.createElement('hr'));
  root.firstChild.nodeValue = 'r2';
  mo1.disconnect();
  root.setAttribute('class', 'after-disconnect');
  setTimeout(function () {
    var e = [];
    [function () { mo1.observe(root, {}); }, function () { mo1.observe(root, {attributeOldValue: true, attributes: false}); },
     function () { mo1.observe(root, {attributeFilter: ['x'], attributes: false}); }, function () { mo1.observe(root, {characterDataOldValue: true, characterData: false}); },
     function () { mo1.observe({}, {childList: true}); }, function () { new MutationObserver(1); }, function () { MutationRecord(); }].forEach(function (fn) {
      try { fn(); e.push('no error'); } catch (x) { e.push(x.name + ': ' + x.message); }
    });
    out.push(e.join('\\n'));
    console.log(out.join('\\n'));
  }, 10);
}, 10);
</script></body></html>
""",
        StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(file, null));
    List<String> expected = new ArrayList<>(List.of("all", "12"));
    expected.addAll(
        List.of(
"""
sync end 0
mo1 13 true
  childList div#root +[p#c] -[] prev=p#b next=null old=null ns=null
  childList div#root +[#text(t)] -[] prev=null next=p#a old=null ns=null
  childList div#root +[] -[p#b] prev=p#a next=p#c old=null ns=null
  childList div#root +[i#d] -[p#c] prev=p#a next=null old=null ns=null
  childList p#a +[em,#text(x)] -[] prev=#text(A2) next=null old=null ns=null
  childList div#root +[span#s] -[] prev=i#d next=null old=null ns=null
  attributes p#a +[] -[] prev=null next=null attr=class old=null ns=null
  attributes p#a +[] -[] prev=null next=null attr=class old="k" ns=null
  attributes p#a +[] -[] prev=null next=null attr=class old="k2" ns=null
  attributes i#d +[] -[] prev=null next=null attr=data-x old=null ns=null
  attributes i#d +[] -[] prev=null next=null attr=class old=null ns=null
  attributes i#d +[] -[] prev=null next=null attr=style old=null ns=null
  characterData #text(A2) +[] -[] prev=null next=null old="A" ns=null
mo2 1 true
  childList div#other +[] -[span#s] prev=null next=null old=null ns=null
promise before? 17
--- second round
taken 4
mo2 1 true
  attributes div#root +[] -[] prev=null next=null attr=class old=null ns=null
TypeError: Failed to execute 'observe' on 'MutationObserver': The options object must set at least one of 'attributes', 'characterData', or 'childList' to true.
TypeError: Failed to execute 'observe' on 'MutationObserver': The options object may only set 'attributeOldValue' to true when 'attributes' is true or not present.
TypeError: Failed to execute 'observe' on 'MutationObserver': The options object may only set 'attributeFilter' when 'attributes' is true or not present.
TypeError: Failed to execute 'observe' on 'MutationObserver': The options object may only set 'characterDataOldValue' to true when 'characterData' is true or not present.
TypeError: Failed to execute 'observe' on 'MutationObserver': parameter 1 is not of type 'Node'.
TypeError: Failed to construct 'MutationObserver': parameter 1 is not of type 'Function'.
TypeError: Illegal constructor
"""
                .split("\n")));
    assertEquals(expected, o.out(), o::toString);
  }

  /**
   * #notify-mutation-observers step 5.3 clears the transient registrations of every observer, not
   * only of those with records: observer A (attributes of a subtree) gets none for the removals, so
   * only B's record starts the notification that ends A's hold on the removed em.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void everyNotificationEndsTheTransientObserversOfRemovedNodes(JsEngine engine) throws Exception {
    Path file = dir.resolve("transient.html");
    Files.writeString(
        file,
"""
<body><div id="c"><span id="s"></span></div><script>
var c = document.getElementById('c'), s = document.getElementById('s');
var a = new MutationObserver(function (rs) { console.log('A ' + rs.map(function (r) { return r.type + ':' + r.target.id + ':' + r.attributeName; }).join(' ')); });
var b = new MutationObserver(function (rs) { console.log('B ' + rs.length); });
a.observe(c, {attributes: true, subtree: true});
c.removeChild(s);
s.setAttribute('v', '0');
setTimeout(function () {
  var s2 = document.createElement('em');
  c.appendChild(s2);
  c.removeChild(s2);
  b.observe(document.body, {childList: true});
  document.body.appendChild(document.createElement('i'));
  setTimeout(function () {
    s.setAttribute('y', '2');
    s2.setAttribute('z', '3');
    c.setAttribute('w', '4');
    setTimeout(function () { console.log('end ' + a.takeRecords().length); }, 0);
  }, 0);
}, 0);
</script></body>
""",
        StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(file, null));
    assertEquals(
        List.of("A attributes:s:v", "B 1", "A attributes:c:w", "end 0"), o.out(), o::toString);
  }

  /**
   * What the HTML parser inserts after an observer is registered (UnparsedNodes): one childList
   * record a node, at its parent, in tree order (the script element and its text too), delivered
   * before the next script runs; whitespace after the html end tag goes into the body. As headless
   * Chromium 156 prints it, in both engines.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theParsersInsertionsAreRecorded(JsEngine engine) throws Exception {
    Path page = dir.resolve("parsed.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html>
<html><head>
<script>
var log = [];
function name(n) { return n === null ? 'null' : n.nodeType === 3 ? '#text(' + JSON.stringify(n.data) + ')' : n.nodeName; }
new MutationObserver(function (records) {
  records.forEach(function (r) {
    console.log(r.type, name(r.target), '+[' + Array.prototype.map.call(r.addedNodes, name).join(',') + ']', 'prev=' + name(r.previousSibling), 'next=' + name(r.nextSibling));
  });
}).observe(document, {childList: true, subtree: true});
</script>
</head>
<body><div id="a"><p>one</p><span>two</span></div>
<script>console.log('script 2');</script>
<ul><li>x</li></ul>
</body></html>
""",
        StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        Runs.lines(
"""
childList HEAD +[#text("\\n")] prev=SCRIPT next=null
childList HTML +[#text("\\n")] prev=HEAD next=null
childList HTML +[BODY] prev=#text("\\n") next=null
childList BODY +[DIV] prev=null next=null
childList DIV +[P] prev=null next=null
childList P +[#text("one")] prev=null next=null
childList DIV +[SPAN] prev=P next=null
childList SPAN +[#text("two")] prev=null next=null
childList BODY +[#text("\\n")] prev=DIV next=null
childList BODY +[SCRIPT] prev=#text("\\n") next=null
childList SCRIPT +[#text("console.log('script 2');")] prev=null next=null
script 2
childList BODY +[#text("\\n")] prev=SCRIPT next=null
childList BODY +[UL] prev=#text("\\n") next=null
childList UL +[LI] prev=null next=null
childList LI +[#text("x")] prev=null next=null
childList BODY +[#text("\\n\\n")] prev=UL next=null
"""),
        o.out(),
        o::toString);
  }
}
